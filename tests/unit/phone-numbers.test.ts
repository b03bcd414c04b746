import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { allNumbers, helpRegions } from "../../src/lib/helplines";
import { phoneNumbersIn } from "../../src/lib/phone-number-text";

const projectDir = join(import.meta.dirname, "../..");
const helplinesFile = "src/lib/helplines.ts";
const checkedExtensions = [".astro", ".mdx", ".ts", ".tsx", ".mjs", ".json"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return checkedExtensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** Every file in these project folders, as a path relative to the project. */
function filesIn(...folders: string[]): string[] {
  return folders.flatMap((folder) => sourceFiles(join(projectDir, folder))).map((file) => relative(projectDir, file));
}

// The numbers below are made up: real numbers are written only in src/lib/helplines.ts (checked at the end).
describe("phoneNumbersIn", () => {
  const known = ["555", "55 51 14", "555 123"];

  it("finds long phone-shaped numbers however they are grouped", () => {
    expect(phoneNumbersIn("Call 0808 157 0123 now", [])).toEqual(["0808 157 0123"]);
    expect(phoneNumbersIn("or 1-800-555-0199.", [])).toEqual(["1-800-555-0199"]);
    expect(phoneNumbersIn("text 07700900123", [])).toEqual(["07700900123"]);
    expect(phoneNumbersIn("ring 0808 157 0999, any time", [])).toEqual(["0808 157 0999"]);
  });

  it("finds the helplines' own short numbers as whole tokens", () => {
    expect(phoneNumbersIn("dial 555 from a mobile", known)).toEqual(["555"]);
    expect(phoneNumbersIn("Lifeline 55 51 14 (Australia)", known)).toEqual(["55 51 14"]);
    expect(phoneNumbersIn("Samaritans on 555 123.", known)).toEqual(["555 123"]);
    expect(phoneNumbersIn("Call 0808 555 5428", known)).toEqual(["0808 555 5428"]);
  });

  it("ignores an SVG icon's coordinate box, but not a number written beside it", () => {
    expect(phoneNumbersIn('<svg viewBox="0 0 24 24"></svg>', [])).toEqual([]);
    expect(phoneNumbersIn('<svg viewBox="0 0 24 24"></svg> Call 0808 157 0123', [])).toEqual(["0808 157 0123"]);
  });

  it("ignores dates, sizes, colours, figures and numbers inside other numbers", () => {
    const harmless = ["checked 2026-11-29", "600,000 iterations", "color: #555555", "margin: 0 0 1rem", "1555 and 5550", "width: 320px", "5.55", "v1.6.0", "3 of 20 lessons", "in 2026", "read on 555.example.org"];
    for (const text of harmless) expect(phoneNumbersIn(text, known)).toEqual([]);
  });
});

describe("phone numbers are written once, in the helplines data", () => {
  const numbers = allNumbers(helpRegions);
  const digitsOfNumbers = new Set(numbers.map((number) => number.replace(/\D/g, "")));

  it("writes no phone number anywhere in src/ outside the helplines data", () => {
    const offenders = filesIn("src")
      .filter((file) => file !== helplinesFile)
      .flatMap((file) => phoneNumbersIn(readFileSync(join(projectDir, file), "utf8"), numbers).map((number) => `${file}: ${number}`));
    expect(offenders).toEqual([]);
  });

  it("writes none of the data's numbers in tests, scripts or tooling: they read them from the data", () => {
    const offenders = filesIn("tests", "scripts", "tooling").flatMap((file) =>
      phoneNumbersIn(readFileSync(join(projectDir, file), "utf8"), numbers)
        .filter((number) => digitsOfNumbers.has(number.replace(/\D/g, "")))
        .map((number) => `${file}: ${number}`),
    );
    expect(offenders).toEqual([]);
  });
});
