import { describe, expect, it } from "vitest";
import { helpRegions, type HelpRegion } from "../../../src/lib/helplines";
import { countryChoices, numbersForCountry } from "../../../src/lib/safety-plan/plan-numbers";
import { checklistItems } from "../../../src/lib/safety-plan/lesson-checklist";

const region = (id: string): HelpRegion => {
  const found = helpRegions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("numbersForCountry", () => {
  it("gives a country's emergency number, silent-call option and helplines, all from the helplines data", () => {
    const uk = region("uk");
    const numbers = numbersForCountry(helpRegions, "uk");
    expect(numbers?.country).toBe(uk.name);
    expect(numbers?.emergency).toEqual(uk.emergency.ways);
    expect(numbers?.silentCall).toEqual({ silentCall: uk.silentCall, way: uk.emergency.ways[0] });
    expect(numbers?.helplines).toEqual(uk.helplines);
  });

  it("leaves out the silent call where a country publishes none, and keeps the country's note", () => {
    const canada = region("canada");
    const numbers = numbersForCountry(helpRegions, "canada");
    expect(numbers?.silentCall).toBeUndefined();
    expect(numbers?.note).toBe(canada.note);
    expect(numbers?.emergency).toEqual(canada.emergency.ways);
  });

  it("gives nothing for no country or an unknown one", () => {
    expect(numbersForCountry(helpRegions, "")).toBeUndefined();
    expect(numbersForCountry(helpRegions, "atlantis")).toBeUndefined();
  });

  it("works on any regions it is given", () => {
    const made: HelpRegion = {
      id: "x",
      name: "Testland",
      shortName: "TL",
      emergency: { name: "E", purpose: "p", ways: [{ kind: "call", number: "1" }], source: "https://example.org", checked: "2026-01-01" },
      helplines: [],
    };
    expect(numbersForCountry([made], "x")).toEqual({ country: "Testland", emergency: made.emergency.ways, helplines: [] });
  });

  it("offers every country on the help page, in its order", () => {
    expect(countryChoices(helpRegions)).toEqual(helpRegions.map(({ id, name }) => ({ id, name })));
  });
});

describe("checklistItems", () => {
  it("reads the items of a lesson's first checklist as plain text", () => {
    const body = "Intro\n\n- not this\n\n<Checklist>\n\n- Use **new** passwords.\n- See [the page](/x/) and `code`.\n* Third\n\n</Checklist>\n\n<Checklist>\n- later\n</Checklist>";
    expect(checklistItems(body)).toEqual(["Use new passwords.", "See the page and code.", "Third"]);
  });

  it("gives nothing when there is no checklist", () => {
    expect(checklistItems("Just text\n- a list")).toEqual([]);
  });
});
