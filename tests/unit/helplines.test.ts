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
  type HelpRegion,
} from "../../src/lib/helplines";

describe("contact links", () => {
  it("dials digits only", () => {
    expect(dialDigits("0808 2000 247")).toBe("08082000247");
    expect(dialDigits("1-866-331-9474")).toBe("18663319474");
  });

  it("makes tel: links for calls and textphones, sms: links with the word to send for texts", () => {
    expect(contactHref({ kind: "call", number: "0808 2000 247" })).toBe("tel:08082000247");
    expect(contactHref({ kind: "tty", number: "800-787-3224" })).toBe("tel:8007873224");
    expect(contactHref({ kind: "text", number: "88788", body: "START" })).toBe("sms:88788?body=START");
    expect(contactHref({ kind: "text", number: "0458 737 732" })).toBe("sms:0458737732");
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
    expect(uk?.helplines.map((line) => line.ways[0]?.number)).toEqual(
      expect.arrayContaining(["0808 2000 247", "0800 027 1234", "0808 80 10 800", "0808 802 1414", "0800 999 5428"]),
    );
    for (const region of helpRegions.filter((region) => region.id !== "europe")) {
      expect(region.helplines.some((line) => line.crisis), region.name).toBe(true);
    }
  });
});

describe("helpers for one-line lists", () => {
  it("groups emergency numbers, countries that share one together", () => {
    const line = emergencyGroups(helpRegions).map((group) => `${group.ways.map((way) => way.number).join(" or ")} (${group.countries.join(", ")})`);
    expect(line).toEqual(["999 (UK)", "911 (US, Canada)", "000 (Australia)", "112 or 999 (Ireland)", "111 (NZ)", "112 (EU)"]);
  });

  it("groups crisis lines by number", () => {
    expect(crisisGroups(helpRegions).map((group) => `${group.way.number} (${group.countries.join(", ")})`)).toEqual([
      "116 123 (UK, Ireland)",
      "988 (US, Canada)",
      "13 11 14 (Australia)",
      "1737 (NZ)",
    ]);
  });

  it("picks one main helpline per country for the printed sheet", () => {
    expect(topTipsHelplines(helpRegions).map((line) => `${line.country} ${line.way.number}`)).toEqual([
      "UK 0808 2000 247",
      "US 800-799-7233",
      "Australia 1800 737 732",
      "Ireland 1800 341 900",
      "NZ 0800 733 843",
    ]);
  });

  it("offers the silent call where the police publish one, linked to that country's emergency number", () => {
    expect(silentCalls(helpRegions).map(({ region, way }) => `${region.shortName} ${way.number}`)).toEqual(["UK 999"]);
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
