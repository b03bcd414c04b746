import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { allNumbers, helpRegions } from "../../src/lib/helplines";
import { phoneNumbersIn } from "../../src/lib/phone-number-text";

const srcDir = join(import.meta.dirname, "../../src");
const helplinesFile = "lib/helplines.ts";
const checkedExtensions = [".astro", ".mdx", ".ts", ".tsx"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return checkedExtensions.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

describe("phoneNumbersIn", () => {
  const known = ["999", "13 11 14", "116 123"];

  it("finds long phone-shaped numbers however they are grouped", () => {
    expect(phoneNumbersIn("Call 0808 2000 247 now", [])).toEqual(["0808 2000 247"]);
    expect(phoneNumbersIn("or 1-866-331-9474.", [])).toEqual(["1-866-331-9474"]);
    expect(phoneNumbersIn("text 07860077333", [])).toEqual(["07860077333"]);
    expect(phoneNumbersIn("ring 0800 027 1234, any time", [])).toEqual(["0800 027 1234"]);
  });

  it("finds the helplines' own short numbers as whole tokens", () => {
    expect(phoneNumbersIn("dial 999 from a mobile", known)).toEqual(["999"]);
    expect(phoneNumbersIn("Lifeline 13 11 14 (Australia)", known)).toEqual(["13 11 14"]);
    expect(phoneNumbersIn("Samaritans on 116 123.", known)).toEqual(["116 123"]);
    expect(phoneNumbersIn("Call 0800 999 5428", known)).toEqual(["0800 999 5428"]);
  });

  it("ignores an SVG icon's coordinate box, but not a number written beside it", () => {
    expect(phoneNumbersIn('<svg viewBox="0 0 24 24"></svg>', [])).toEqual([]);
    expect(phoneNumbersIn('<svg viewBox="0 0 24 24"></svg> Call 0808 2000 247', [])).toEqual(["0808 2000 247"]);
  });

  it("ignores dates, sizes, colours, figures and numbers inside other numbers", () => {
    const harmless = ["checked 2026-11-29", "600,000 iterations", "color: #999999", "margin: 0 0 1rem", "1999 and 9990", "width: 320px", "9.99", "v1.6.0", "3 of 20 lessons", "in 2026", "read on 999.example.org"];
    for (const text of harmless) expect(phoneNumbersIn(text, known)).toEqual([]);
  });
});

describe("one source for phone numbers", () => {
  it("writes no phone number anywhere in src/ outside the helplines data", () => {
    const numbers = allNumbers(helpRegions);
    const offenders = sourceFiles(srcDir)
      .filter((file) => relative(srcDir, file) !== helplinesFile)
      .flatMap((file) => phoneNumbersIn(readFileSync(file, "utf8"), numbers).map((number) => `${relative(srcDir, file)}: ${number}`));
    expect(offenders).toEqual([]);
  });
});
