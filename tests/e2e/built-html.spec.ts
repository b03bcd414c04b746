import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { builtPageFile, builtPages } from "./support/site";

// Astro's JSX-style whitespace drops a line break between a sentence and a link on the next line,
// gluing them together ("number.Find helplines"). Catch it in every built page.
test("no sentence runs straight into a link or bold text", () => {
  const glued = builtPages().flatMap((path) => {
    const html = readFileSync(builtPageFile(path), "utf8");
    return [...html.matchAll(/[A-Za-z][.,;:!?]<(?:a|strong|em)\b/g)].map((match) => `${path}: …${html.slice(match.index - 30, match.index + 12)}…`);
  });
  expect(glued).toEqual([]);
});
