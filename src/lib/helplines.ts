/**
 * Emergency numbers and specialist helplines, by country: the single source for the help page
 * and the top-tips sheet. Checked against each service's own or an official page in November 2026.
 * Numbers change: when you update one, update `helplinesCheckedOn` too.
 */

/** When the numbers below were last checked against the services' own pages. */
export const helplinesCheckedOn = "November 2026";

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
  /** The service's name, with who runs it where that helps recognise it. */
  name: string;
  /** What it is for, in one plain sentence. */
  purpose: string;
  /** Opening hours and cost, only where the service's own page states them. */
  hours?: string;
  /** Every way to reach it, the main one first. */
  ways: readonly ContactWay[];
  /** Anything else a reader should know before calling. */
  note?: string;
  /** Shown in the short helpline line on the printed top-tips sheet. */
  onTopTips?: boolean;
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
  /** Specialist helplines. */
  helplines: readonly Helpline[];
  /** Anything true of the whole country's services. */
  note?: string;
}

export const helpRegions: readonly HelpRegion[] = [
  {
    id: "uk",
    name: "United Kingdom",
    shortName: "UK",
    emergency: {
      name: "Emergency services",
      purpose: "Police, ambulance or fire, when you or someone else is in danger right now.",
      hours: "Free, 24 hours",
      ways: [{ kind: "call", number: "999" }],
      note: "If you can't speak, use the Silent Solution: from a mobile, dial 999 and, if you can't speak, press 55 when asked.",
    },
    helplines: [
      {
        name: "Police non-emergency number",
        purpose: "To report harassment or a crime to the police when no one is in danger right now.",
        ways: [{ kind: "call", number: "101" }],
      },
      {
        name: "National Domestic Abuse Helpline (run by Refuge)",
        purpose: "Support and safety planning for women experiencing domestic abuse, and for anyone worried about them.",
        hours: "Free, 24 hours",
        ways: [{ kind: "call", number: "0808 2000 247" }],
        onTopTips: true,
      },
      {
        name: "Men's Advice Line (run by Respect)",
        purpose: "Support for men experiencing domestic abuse from a partner or ex-partner.",
        ways: [{ kind: "call", number: "0808 801 0327" }],
      },
      {
        name: "National Stalking Helpline",
        purpose: "Advice for anyone being stalked or harassed, or worried that they might be.",
        ways: [{ kind: "call", number: "0808 802 0300" }],
      },
    ],
  },
  {
    id: "us",
    name: "United States",
    shortName: "US",
    emergency: {
      name: "Emergency services",
      purpose: "Police, ambulance or fire, when you or someone else is in danger right now.",
      ways: [{ kind: "call", number: "911" }],
      note: "Texting 911 only works in some areas. Call if you can.",
    },
    helplines: [
      {
        name: "National Domestic Violence Hotline",
        purpose: "Confidential support for anyone experiencing domestic violence, including help making a safety plan.",
        ways: [
          { kind: "call", number: "800-799-7233" },
          { kind: "tty", number: "800-787-3224" },
          { kind: "text", number: "88788", body: "START" },
        ],
        onTopTips: true,
      },
      {
        name: "loveisrespect",
        purpose: "Support for young people aged 13 to 24 about dating and relationships.",
        ways: [
          { kind: "call", number: "1-866-331-9474" },
          { kind: "text", number: "22522", body: "LOVEIS" },
        ],
      },
    ],
  },
  {
    id: "australia",
    name: "Australia",
    shortName: "Australia",
    emergency: {
      name: "Emergency services",
      purpose: "Police, ambulance or fire, when you or someone else is in danger right now.",
      ways: [{ kind: "call", number: "000" }],
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
    },
    helplines: [
      {
        name: "Women's Aid",
        purpose: "Support for women experiencing abuse from a partner or ex-partner.",
        hours: "Freephone, 24 hours",
        ways: [{ kind: "call", number: "1800 341 900" }],
        onTopTips: true,
      },
    ],
  },
  {
    id: "new-zealand",
    name: "New Zealand",
    shortName: "NZ",
    emergency: {
      name: "Emergency services",
      purpose: "Police, ambulance or fire, when you or someone else is in danger right now.",
      ways: [{ kind: "call", number: "111" }],
    },
    helplines: [
      {
        name: "Women's Refuge crisis line",
        purpose: "Support, advice and safe places to stay for women and children experiencing family violence.",
        ways: [{ kind: "call", number: "0800 733 843" }],
        note: "The number spells 0800 REFUGE.",
        onTopTips: true,
      },
    ],
  },
  {
    id: "canada",
    name: "Canada",
    shortName: "Canada",
    emergency: {
      name: "Emergency services",
      purpose: "Police, ambulance or fire, when you or someone else is in danger right now, where 9-1-1 service exists.",
      ways: [{ kind: "call", number: "911" }],
    },
    helplines: [
      {
        name: "SOS violence conjugale (Quebec)",
        purpose: "Support, information and referral to shelters for anyone in Quebec affected by domestic violence.",
        ways: [{ kind: "call", number: "1-800-363-9010" }],
      },
    ],
    note: "Outside Quebec, helplines are run by each province or territory. Your provincial government's website lists them.",
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
    },
    helplines: [],
  },
];

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

/** The link's visible words: "Call 0808 2000 247", "Text START to 88788". */
export function contactLabel(way: ContactWay): string {
  if (way.kind === "text") return way.body ? `Text ${way.body} to ${way.number}` : `Text ${way.number}`;
  if (way.kind === "tty") return `TTY ${way.number}`;
  return `Call ${way.number}`;
}

/** One line of emergency numbers, for the top-tips sheet: "999 (UK) · 911 (US) · …". */
export function emergencyLine(regions: readonly HelpRegion[]): string {
  const countriesByNumbers = new Map<string, string[]>();
  for (const region of regions) {
    const numbers = region.emergency.ways.map((way) => way.number).join(" or ");
    countriesByNumbers.set(numbers, [...(countriesByNumbers.get(numbers) ?? []), region.shortName]);
  }
  return [...countriesByNumbers].map(([numbers, countries]) => `${numbers} (${countries.join(", ")})`).join(" · ");
}

/** The main helpline for each country, for the top-tips sheet. */
export function topTipsHelplines(regions: readonly HelpRegion[]): { country: string; name: string; number: string }[] {
  return regions.flatMap((region) =>
    region.helplines
      .filter((helpline) => helpline.onTopTips)
      .map((helpline) => ({ country: region.shortName, name: helpline.name, number: helpline.ways[0]?.number ?? "" })),
  );
}
