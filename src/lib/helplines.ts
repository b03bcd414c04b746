import { monthYear } from "./review-date.ts";

/**
 * Emergency numbers and helplines, by country: the only place in the project where a phone number is written
 * (tests/unit/phone-numbers.test.ts holds src/, tests/, scripts/ and tooling/ to that; tests read numbers from here).
 * Every page that shows a number (lesson danger box, search danger panel, top-tips sheet, help page) renders
 * it from here as a tel:/sms: link. Each service records the page its number was read on and when:
 * a unit test fails once any check is more than a year old, so the list cannot go stale unseen.
 */

/** One way to reach a service. */
export interface ContactWay {
  /** How: a voice call, a text message, or a textphone (TTY) call. */
  kind: "call" | "text" | "tty";
  /** The number as readers in that country write it. */
  number: string;
  /** For texts: the word to send, if the service asks for one. */
  body?: string;
}

/** A service someone can call or text. */
export interface Helpline {
  /** The service's name, with who runs it or which nation it serves where that helps recognise it. */
  name: string;
  /** What it is for, in one plain sentence. */
  purpose: string;
  /** Opening hours and cost, only where the page in `source` states them. */
  hours?: string;
  /** Every way to reach it, the main one first. */
  ways: readonly ContactWay[];
  /** Anything else a reader should know before calling. Never a phone number: numbers belong in `ways`. */
  note?: string;
  /** Shown in the short helpline line on the printed top-tips sheet. */
  onTopTips?: boolean;
  /** A crisis or suicide line: the search page's danger panel lists it. */
  crisis?: boolean;
  /** The page the number was read on: the service's own, or the government's or police's page about it. */
  source: string;
  /** When the number was last read on `source`, as YYYY-MM-DD. */
  checked: string;
}

/** How to ask for help from the emergency number without speaking, where the police publish a way. */
export interface SilentCall {
  /** Words before the emergency number's link ("From a mobile, call"). */
  before: string;
  /** Words after it ("and press 55 when asked"). Never a phone number. */
  after: string;
  /** The page that describes it. */
  source: string;
  /** When `source` was last read, as YYYY-MM-DD. */
  checked: string;
}

/** A country (or group of countries) and its services. */
export interface HelpRegion {
  /** Used as the section's id on the help page. */
  id: string;
  /** The country or area, as readers know it. */
  name: string;
  /** A short form for one-line lists ("UK", "US"). */
  shortName: string;
  /** Emergency services first. */
  emergency: Helpline;
  /** A way to reach the emergency number without speaking, if the country has one. */
  silentCall?: SilentCall;
  /** Specialist helplines. */
  helplines: readonly Helpline[];
  /** Anything true of the whole country's services. */
  note?: string;
}

/** The date every entry below was read on its source page. */
const checkedNov2026 = "2026-11-29";

const emergencyPurpose = "Police, ambulance or fire, when you or someone else is in danger right now.";

export const helpRegions: readonly HelpRegion[] = [
  {
    id: "uk",
    name: "United Kingdom",
    shortName: "UK",
    emergency: {
      name: "Emergency services",
      purpose: emergencyPurpose,
      hours: "Free, 24 hours",
      ways: [{ kind: "call", number: "999" }],
      source: "https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/",
      checked: checkedNov2026,
    },
    silentCall: {
      before: "If you can't speak, call",
      after: "from a mobile, listen, and press 55 when asked: your call goes through to the police (the Silent Solution).",
      source: "https://www.finance-ni.gov.uk/articles/stay-home-does-not-mean-suffer-home-domestic-abuse-during-covid-19",
      checked: checkedNov2026,
    },
    helplines: [
      {
        name: "Police non-emergency number",
        purpose: "To report harassment or a crime to the police when no one is in danger right now.",
        ways: [{ kind: "call", number: "101" }],
        source: "https://www.finance-ni.gov.uk/articles/stay-home-does-not-mean-suffer-home-domestic-abuse-during-covid-19",
        checked: checkedNov2026,
      },
      {
        name: "National Domestic Abuse Helpline (run by Refuge)",
        purpose: "Support and safety planning for women experiencing domestic abuse, and for anyone worried about them.",
        hours: "Free, 24 hours",
        ways: [{ kind: "call", number: "0808 2000 247" }],
        onTopTips: true,
        source: "https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19",
        checked: checkedNov2026,
      },
      {
        name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
        purpose: "Support for anyone in Scotland affected by domestic abuse or forced marriage, whatever their gender.",
        hours: "24 hours, 7 days a week",
        ways: [{ kind: "call", number: "0800 027 1234" }],
        source: "https://safer.scot/information/da/report/",
        checked: checkedNov2026,
      },
      {
        name: "Live Fear Free Helpline, Wales",
        purpose: "Help and advice in Wales for anyone experiencing domestic abuse or sexual violence, and anyone worried about them.",
        hours: "24 hours, 7 days a week",
        ways: [
          { kind: "call", number: "0808 80 10 800" },
          { kind: "text", number: "07860 077333" },
        ],
        source: "https://www.gov.wales/live-fear-free/sexual-violence",
        checked: checkedNov2026,
      },
      {
        name: "Domestic and Sexual Abuse Helpline, Northern Ireland",
        purpose: "Support in Northern Ireland for anyone with concerns about domestic or sexual abuse, now or in the past.",
        hours: "24 hours",
        ways: [{ kind: "call", number: "0808 802 1414" }],
        source: "https://www.psni.police.uk/news/campaigns/domestic-abuse/",
        checked: checkedNov2026,
      },
      {
        name: "Men's Advice Line (run by Respect)",
        purpose: "Support for men experiencing domestic abuse from a partner or ex-partner.",
        ways: [{ kind: "call", number: "0808 801 0327" }],
        source: "https://www.teignbridge.gov.uk/housing/advice-guides/domestic-abuse/what-is-domestic-abuse/",
        checked: checkedNov2026,
      },
      {
        name: "Galop, LGBT+ domestic abuse helpline",
        purpose: "Support for LGBT+ people experiencing domestic abuse, from people who are LGBT+ themselves.",
        ways: [{ kind: "call", number: "0800 999 5428" }],
        source: "https://www.galop.org.uk/lgbtq-survivors-user-agreement/",
        checked: checkedNov2026,
      },
      {
        name: "National Stalking Helpline",
        purpose: "Advice for anyone being stalked or harassed, or worried that they might be.",
        ways: [{ kind: "call", number: "0808 802 0300" }],
        source: "https://www.southyorkshire.police.uk/find-out/crime-prevention-advice/stalking-and-harassment/",
        checked: checkedNov2026,
      },
      {
        name: "Samaritans",
        crisis: true,
        purpose: "Someone to talk to if you are struggling to cope or thinking about suicide.",
        hours: "Free from any phone, 24 hours",
        ways: [{ kind: "call", number: "116 123" }],
        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
        checked: checkedNov2026,
      },
    ],
  },
  {
    id: "us",
    name: "United States",
    shortName: "US",
    emergency: {
      name: "Emergency services",
      purpose: emergencyPurpose,
      ways: [{ kind: "call", number: "911" }],
      note: "Texting the emergency number only works in some areas. Call if you can.",
      source: "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
      checked: checkedNov2026,
    },
    helplines: [
      {
        name: "National Domestic Violence Hotline",
        purpose: "Confidential support for anyone experiencing domestic violence, including help making a safety plan.",
        hours: "24 hours, 7 days a week",
        ways: [
          { kind: "call", number: "800-799-7233" },
          { kind: "tty", number: "800-787-3224" },
          { kind: "text", number: "88788", body: "START" },
        ],
        onTopTips: true,
        source: "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
        checked: checkedNov2026,
      },
      {
        name: "loveisrespect",
        purpose: "Support for young people aged 13 to 24 about dating and relationships.",
        ways: [
          { kind: "call", number: "1-866-331-9474" },
          { kind: "text", number: "22522", body: "LOVEIS" },
        ],
        source: "http://www.loveisrespect.org/content/category/respectext/",
        checked: checkedNov2026,
      },
      {
        name: "Suicide and Crisis Lifeline",
        crisis: true,
        purpose: "Free, confidential support from a trained counselor if you are thinking about suicide or in crisis.",
        hours: "24 hours, 7 days a week",
        ways: [
          { kind: "call", number: "988" },
          { kind: "text", number: "988" },
        ],
        source: "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
        checked: checkedNov2026,
      },
    ],
  },
  {
    id: "australia",
    name: "Australia",
    shortName: "Australia",
    emergency: {
      name: "Emergency services",
      purpose: emergencyPurpose,
      ways: [{ kind: "call", number: "000" }],
      source: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
      checked: checkedNov2026,
    },
    helplines: [
      {
        name: "1800RESPECT",
        purpose: "The national counselling, information and support service for anyone affected by domestic, family or sexual violence.",
        ways: [
          { kind: "call", number: "1800 737 732" },
          { kind: "text", number: "0458 737 732" },
        ],
        onTopTips: true,
        source: "https://www.1800respect.org.au/terms-and-conditions",
        checked: checkedNov2026,
      },
      {
        name: "Lifeline",
        crisis: true,
        purpose: "Crisis support from a trained volunteer if you are overwhelmed or thinking about suicide.",
        hours: "24 hours; free from mobiles",
        ways: [{ kind: "call", number: "13 11 14" }],
        source: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
        checked: checkedNov2026,
      },
    ],
  },
  {
    id: "ireland",
    name: "Ireland",
    shortName: "Ireland",
    emergency: {
      name: "Emergency services",
      purpose: "Gardaí, ambulance or fire, when you or someone else is in danger right now. Both numbers work.",
      ways: [
        { kind: "call", number: "112" },
        { kind: "call", number: "999" },
      ],
      source: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
      checked: checkedNov2026,
    },
    helplines: [
      {
        name: "Women's Aid",
        purpose: "Support for women experiencing abuse from a partner or ex-partner.",
        hours: "Freephone, 24 hours",
        ways: [{ kind: "call", number: "1800 341 900" }],
        onTopTips: true,
        source: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/",
        checked: checkedNov2026,
      },
      {
        name: "Samaritans",
        crisis: true,
        purpose: "Someone to talk to if you are struggling to cope or thinking about suicide.",
        ways: [{ kind: "call", number: "116 123" }],
        source: "https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey",
        checked: checkedNov2026,
      },
    ],
  },
  {
    id: "new-zealand",
    name: "New Zealand",
    shortName: "NZ",
    emergency: {
      name: "Emergency services",
      purpose: emergencyPurpose,
      ways: [{ kind: "call", number: "111" }],
      source: "https://womensrefuge.org.nz/get-help/",
      checked: checkedNov2026,
    },
    helplines: [
      {
        name: "Women's Refuge crisis line",
        purpose: "Support, advice and safe places to stay for women and children experiencing family violence.",
        hours: "24 hours, 7 days a week",
        ways: [{ kind: "call", number: "0800 733 843" }],
        note: "The number spells 0800 REFUGE.",
        onTopTips: true,
        source: "https://womensrefuge.org.nz/get-help/",
        checked: checkedNov2026,
      },
      {
        name: "Need to talk?",
        crisis: true,
        purpose: "A trained counsellor to talk or text with if you are struggling or thinking about suicide.",
        hours: "Free, any time of the day or night",
        ways: [
          { kind: "call", number: "1737" },
          { kind: "text", number: "1737" },
        ],
        source: "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy",
        checked: checkedNov2026,
      },
    ],
  },
  {
    id: "canada",
    name: "Canada",
    shortName: "Canada",
    emergency: {
      name: "Emergency services",
      purpose: "Police, ambulance or fire, when you or someone else is in danger right now, wherever the emergency number works.",
      ways: [{ kind: "call", number: "911" }],
      source: "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/",
      checked: checkedNov2026,
    },
    helplines: [
      {
        name: "SOS violence conjugale (Quebec)",
        purpose: "Support, information and referral to shelters for anyone in Quebec affected by domestic violence.",
        ways: [{ kind: "call", number: "1-800-363-9010" }],
        source: "https://www.accueil-pourelle.org/documentation/sos-violence-conjugale/",
        checked: checkedNov2026,
      },
      {
        name: "Suicide Crisis Helpline",
        crisis: true,
        purpose: "A trained responder to talk or text with if you are thinking about suicide, or worried about someone who is.",
        hours: "Toll free, 24 hours",
        ways: [
          { kind: "call", number: "988" },
          { kind: "text", number: "988" },
        ],
        source: "https://988.ca/get-help/what-to-expect",
        checked: checkedNov2026,
      },
    ],
    note: "Outside Quebec, domestic violence helplines are run by each province or territory. Your provincial government's website lists them.",
  },
  {
    id: "europe",
    name: "Europe",
    shortName: "EU",
    emergency: {
      name: "European emergency number",
      purpose: "Police, ambulance or fire, in any country of the European Union.",
      hours: "Free, from any phone",
      ways: [{ kind: "call", number: "112" }],
      source: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
      checked: checkedNov2026,
    },
    helplines: [],
  },
];

/** Every service in the data, emergency services first in each region. */
export function allServices(regions: readonly HelpRegion[]): Helpline[] {
  return regions.flatMap((region) => [region.emergency, ...region.helplines]);
}

/** Every phone number in the data, as written (for the checks that no number lives anywhere else). */
export function allNumbers(regions: readonly HelpRegion[]): string[] {
  const numbers = allServices(regions).flatMap((service) => service.ways.map((way) => way.number));
  return [...new Set(numbers)];
}

/** The digits to dial, for a tel: or sms: link ("0808 2000 247" → "08082000247"). */
export function dialDigits(number: string): string {
  return number.replace(/[^\d+]/g, "");
}

/** The link that starts a call or a text to this contact. */
export function contactHref(way: ContactWay): string {
  const digits = dialDigits(way.number);
  if (way.kind !== "text") return `tel:${digits}`;
  return way.body ? `sms:${digits}?body=${encodeURIComponent(way.body)}` : `sms:${digits}`;
}

/** One emergency number (or pair) and the countries that use it, for one-line lists. */
export interface EmergencyGroup {
  /** The numbers, in the order the country lists them ("112", "999" for Ireland). */
  ways: readonly ContactWay[];
  /** Short names of the countries that share exactly these numbers. */
  countries: string[];
}

/** The emergency numbers, grouping countries that share them: 999 (UK) · 911 (US, Canada) · … */
export function emergencyGroups(regions: readonly HelpRegion[]): EmergencyGroup[] {
  const groups = new Map<string, EmergencyGroup>();
  for (const region of regions) {
    const key = region.emergency.ways.map((way) => way.number).join(" or ");
    const group = groups.get(key) ?? { ways: region.emergency.ways, countries: [] };
    group.countries.push(region.shortName);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The main helpline for each country, for the top-tips sheet. */
export function topTipsHelplines(regions: readonly HelpRegion[]): { country: string; name: string; way: ContactWay }[] {
  return regions.flatMap((region) =>
    region.helplines.flatMap((helpline) => {
      const way = helpline.ways[0];
      return helpline.onTopTips && way ? [{ country: region.shortName, name: helpline.name, way }] : [];
    }),
  );
}

/** Each country's crisis or suicide lines, grouped by number: 116 123 (UK, Ireland) · 988 (US, Canada) · … */
export function crisisGroups(regions: readonly HelpRegion[]): { way: ContactWay; name: string; countries: string[] }[] {
  const groups = new Map<string, { way: ContactWay; name: string; countries: string[] }>();
  for (const region of regions) {
    for (const helpline of region.helplines) {
      const way = helpline.ways[0];
      if (!helpline.crisis || !way) continue;
      const group = groups.get(way.number) ?? { way, name: helpline.name, countries: [] };
      group.countries.push(region.shortName);
      groups.set(way.number, group);
    }
  }
  return [...groups.values()];
}

/** The regions with a published way to call the emergency number without speaking. */
export function silentCalls(regions: readonly HelpRegion[]): { region: HelpRegion; silentCall: SilentCall; way: ContactWay }[] {
  return regions.flatMap((region) => {
    const way = region.emergency.ways[0];
    return region.silentCall && way ? [{ region, silentCall: region.silentCall, way }] : [];
  });
}

/** The oldest `checked` date in the data: the whole list is at least this fresh. */
export function oldestCheck(regions: readonly HelpRegion[]): string {
  const dates = [...allServices(regions).map((service) => service.checked), ...regions.flatMap((region) => region.silentCall?.checked ?? [])];
  return dates.reduce((oldest, date) => (date < oldest ? date : oldest));
}

/** How long a check stays good: after this, a number must be read again on its source page. */
const CHECK_LIFETIME_DAYS = 365;

/** Every service or silent-call entry whose check is older than CHECK_LIFETIME_DAYS on `today`, or dated after it. */
export function staleChecks(regions: readonly HelpRegion[], today: Date): string[] {
  const day = 24 * 60 * 60 * 1000;
  const entries = [
    ...allServices(regions).map((service) => ({ name: service.name, checked: service.checked })),
    ...regions.flatMap((region) => (region.silentCall ? [{ name: `${region.shortName} silent call`, checked: region.silentCall.checked }] : [])),
  ];
  return entries
    .filter(({ checked }) => {
      const age = (today.getTime() - Date.parse(`${checked}T00:00:00Z`)) / day;
      return !(age >= -1 && age <= CHECK_LIFETIME_DAYS);
    })
    .map(({ name, checked }) => `${name} (checked ${checked})`);
}

/** "2026-11-29" → "November 2026" in English: when numbers were checked, in the page's language `lang`. */
export function checkedMonth(isoDate: string, lang: string): string {
  return monthYear(new Date(`${isoDate}T12:00:00Z`), lang);
}
