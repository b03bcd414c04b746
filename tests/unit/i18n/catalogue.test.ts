import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as english from "../../../src/i18n/en";
import * as pseudo from "../../../src/i18n/en-XA";
import { fill, type Catalogue } from "../../../src/i18n/catalogue";
import { buildLocale } from "../../../src/i18n/locales";

// Type-checked by check:types: the pseudo-locale has every namespace and key English has.
const pseudoCatalogue: Catalogue = pseudo;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return path.endsWith("i18n") ? [] : sourceFiles(path);
    return /\.(ts|tsx|astro|mdx)$/.test(name) ? [path] : [];
  });
}

const source = sourceFiles("src").map((path) => readFileSync(path, "utf8")).join("\n");
const keys = Object.entries(english).flatMap(([namespace, strings]) => Object.keys(strings).map((key) => `${namespace}.${key}`));

describe("the English catalogue", () => {
  it("has no key the interface never reads (keys are read as namespace.key)", () => {
    const unused = keys.filter((key) => !new RegExp(`\\b${key.replace(".", "\\.")}\\b`).test(source));
    expect(unused).toEqual([]);
  });

  it("has no empty string", () => {
    const empty = keys.filter((key) => {
      const [namespace = "", name = ""] = key.split(".");
      return (english as Record<string, Record<string, string>>)[namespace]?.[name]?.trim() === "";
    });
    expect(empty).toEqual([]);
  });
});

describe("the pseudo-locale", () => {
  it("wraps every English string, key for key, and keeps its own language tag", () => {
    for (const [namespace, strings] of Object.entries(english)) {
      const wrapped = (pseudoCatalogue as Record<string, Record<string, string>>)[namespace];
      expect(Object.keys(wrapped ?? {}), namespace).toEqual(Object.keys(strings));
      if (namespace === "locale") continue;
      for (const [key, text] of Object.entries(strings)) expect(wrapped?.[key]).toBe(`⟦${text}⟧`);
    }
    expect(pseudoCatalogue.locale.lang).toBe("en-XA");
  });
});

describe("fill", () => {
  it("puts values into placeholders", () => {
    expect(fill("Day {count} of {total}", { count: 3, total: "ten" })).toBe("Day 3 of ten");
  });

  it("refuses a placeholder without a value rather than showing blank text", () => {
    expect(() => fill("Hello {name}", {})).toThrow(/\{name\}/);
  });
});

describe("buildLocale", () => {
  it("defaults to English and accepts a listed locale", () => {
    expect(buildLocale(undefined)).toBe("en");
    expect(buildLocale("")).toBe("en");
    expect(buildLocale("en-XA")).toBe("en-XA");
  });

  it("refuses an unknown locale instead of building English under its name", () => {
    expect(() => buildLocale("fr")).toThrow(/fr/);
  });
});
