import { describe, expect, it } from "vitest";
import { around } from "../../../src/i18n/catalogue";

describe("around", () => {
  it("splits a string at its placeholder, so markup can stand between the halves", () => {
    expect(around("Last reviewed {date}", "date")).toEqual(["Last reviewed ", ""]);
    expect(around("⟦More on {link}.⟧", "link")).toEqual(["⟦More on ", ".⟧"]);
  });

  it("refuses a string without the placeholder, or with it twice", () => {
    expect(() => around("Last reviewed", "date")).toThrow(/\{date\}/);
    expect(() => around("{date} to {date}", "date")).toThrow(/exactly one/);
  });
});
