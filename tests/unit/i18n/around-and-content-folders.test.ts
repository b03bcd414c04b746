import { describe, expect, it } from "vitest";
import { around } from "../../../src/i18n/catalogue";
import { contentFolder } from "../../../src/i18n/locales";

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

describe("contentFolder", () => {
  it("gives each locale its content folder; the pseudo-locale reads English's", () => {
    expect(contentFolder("en")).toBe("en");
    expect(contentFolder("en-XA")).toBe("en");
  });

  it("refuses a language with no content folder", () => {
    expect(() => contentFolder("fr")).toThrow(/fr/);
  });
});
