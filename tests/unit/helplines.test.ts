import { describe, expect, it } from "vitest";
import {
  allNumbers,
  allServices,
  checkedMonth,
  contactHref,
  crisisGroups,
  dialDigits,
  emergencyGroups,
  helpRegions,
  oldestCheck,
  silentCalls,
  staleChecks,
  topTipsHelplines,
  type ContactWay,
  type Helpline,
  type HelpRegion,
} from "../../src/lib/helplines";

// Numbers here are made up for the tests: real numbers are written only in src/lib/helplines.ts.
describe("contact links", () => {
  it("dials digits only", () => {
    expect(dialDigits("0808 157 0123")).toBe("08081570123");
    expect(dialDigits("1-800-555-0199")).toBe("18005550199");
    expect(dialDigits("+44 808 157 0123")).toBe("+448081570123");
  });

  it("makes tel: links for calls and textphones, sms: links with the word to send for texts", () => {
    expect(contactHref({ kind: "call", number: "0808 157 0123" })).toBe("tel:08081570123");
    expect(contactHref({ kind: "tty", number: "800-555-0142" })).toBe("tel:8005550142");
    expect(contactHref({ kind: "text", number: "55501", body: "HELLO THERE" })).toBe("sms:55501?body=HELLO%20THERE");
    expect(contactHref({ kind: "text", number: "0400 555 012" })).toBe("sms:0400555012");
  });
});

describe("the help data", () => {
  it("gives every region an emergency number and every service a purpose and a way to reach it", () => {
    for (const region of helpRegions) {
      expect(region.emergency.ways.length).toBeGreaterThan(0);
      for (const service of [region.emergency, ...region.helplines]) {
        expect(service.purpose.length).toBeGreaterThan(10);
        expect(service.ways.length).toBeGreaterThan(0);
      }
    }
  });

  it("has unique region ids", () => {
    expect(new Set(helpRegions.map((region) => region.id)).size).toBe(helpRegions.length);
  });

  it("records for every entry the https or http page it was read on and a real YYYY-MM-DD date", () => {
    const entries = [...allServices(helpRegions), ...helpRegions.flatMap((region) => region.silentCall ?? [])];
    for (const entry of entries) {
      expect(new URL(entry.source).protocol).toMatch(/^https?:$/);
      expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.checked))).toBe(false);
    }
  });

  it("has no check older than twelve months today, so the list cannot go stale unseen", () => {
    expect(staleChecks(helpRegions, new Date())).toEqual([]);
  });

  it("keeps phone numbers out of the words around them", () => {
    const numbers = allNumbers(helpRegions);
    const prose = allServices(helpRegions).flatMap((service) => [service.name, service.purpose, service.hours ?? "", service.note ?? ""]);
    prose.push(...helpRegions.flatMap((region) => [region.note ?? "", region.silentCall?.before ?? "", region.silentCall?.after ?? ""]));
    const digitsOfNumbers = new Set(numbers.map((number) => number.replace(/\D/g, "")));
    for (const text of prose) {
      const written = [...text.matchAll(/\d[\d -]*\d|\d/g)].map((match) => match[0].replace(/\D/g, ""));
      expect(written.filter((digits) => digitsOfNumbers.has(digits)), text).toEqual([]);
    }
  });

  it("lists the UK's four nations, an LGBT+ line and a crisis line in every country but the EU-wide entry", () => {
    const uk = helpRegions.find((region) => region.id === "uk");
    const names = uk?.helplines.map((line) => line.name).join("\n") ?? "";
    for (const wanted of [/Refuge/, /Scotland/, /Wales/, /Northern Ireland/, /LGBT\+/]) expect(names).toMatch(wanted);
    for (const region of helpRegions.filter((region) => region.id !== "europe")) {
      expect(region.helplines.some((line) => line.crisis), region.name).toBe(true);
    }
  });
});

describe("helpers for one-line lists", () => {
  const call = (number: string): ContactWay => ({ kind: "call", number });
  const service = (name: string, ways: ContactWay[], extra: Partial<Helpline> = {}): Helpline => ({
    name,
    purpose: "A made-up service for the tests.",
    ways,
    source: "https://example.org/",
    checked: "2026-11-29",
    ...extra,
  });
  const region = (shortName: string, emergency: ContactWay[], helplines: Helpline[] = [], extra: Partial<HelpRegion> = {}): HelpRegion => ({
    id: shortName.toLowerCase(),
    name: shortName,
    shortName,
    emergency: service("Emergency", emergency),
    helplines,
    ...extra,
  });
  const silentCall = { before: "Call", after: "and wait.", source: "https://example.org/", checked: "2026-11-29" };
  const regions = [
    region("A", [call("555")], [service("A line", [call("0808 157 0001")], { onTopTips: true }), service("A crisis", [call("555 01")], { crisis: true })], { silentCall }),
    region("B", [call("556")], [service("B crisis", [call("555 01")], { crisis: true })]),
    region("C", [call("557"), call("555")], [service("C line", [call("0808 157 0002")], { onTopTips: true }), service("C other", [call("0808 157 0003")])]),
    region("D", [call("556")]),
  ];

  it("groups emergency numbers, countries that share one (or the same pair) together", () => {
    const line = emergencyGroups(regions).map((group) => `${group.ways.map((way) => way.number).join(" or ")} (${group.countries.join(", ")})`);
    expect(line).toEqual(["555 (A)", "556 (B, D)", "557 or 555 (C)"]);
  });

  it("groups crisis lines by number", () => {
    expect(crisisGroups(regions).map((group) => `${group.way.number} (${group.countries.join(", ")})`)).toEqual(["555 01 (A, B)"]);
  });

  it("picks each country's helpline marked for the printed sheet", () => {
    expect(topTipsHelplines(regions).map((line) => `${line.country} ${line.way.number}`)).toEqual(["A 0808 157 0001", "C 0808 157 0002"]);
  });

  it("offers the silent call where the police publish one, linked to that country's first emergency number", () => {
    expect(silentCalls(regions).map(({ region, way }) => `${region.shortName} ${way.number}`)).toEqual(["A 555"]);
  });

  it("puts exactly one helpline per country on the printed sheet, in the real data", () => {
    const countries = topTipsHelplines(helpRegions).map((line) => line.country);
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries.length).toBeGreaterThan(0);
  });
});

describe("checked dates", () => {
  const region = (checked: string): HelpRegion => ({
    id: "x",
    name: "X",
    shortName: "X",
    emergency: { name: "Emergency", purpose: "Police, ambulance or fire.", ways: [{ kind: "call", number: "1" }], source: "https://example.org/", checked },
    helplines: [],
  });

  it("counts a check as stale after a year, and a date in the future as a mistake", () => {
    const today = new Date("2027-06-01T12:00:00Z");
    expect(staleChecks([region("2026-06-02")], today)).toEqual([]);
    expect(staleChecks([region("2026-05-31")], today)).toEqual(["Emergency (checked 2026-05-31)"]);
    expect(staleChecks([region("2027-07-01")], today)).toEqual(["Emergency (checked 2027-07-01)"]);
  });

  it("shows the oldest check as a month and year", () => {
    expect(oldestCheck([region("2026-11-29"), region("2026-03-02")])).toBe("2026-03-02");
    expect(checkedMonth("2026-11-29", "en")).toBe("November 2026");
    expect(checkedMonth("2026-11-29", "fr")).toBe("novembre 2026");
  });
});
