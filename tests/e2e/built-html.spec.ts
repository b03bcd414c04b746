import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { deployDir, distDir } from "../../tooling/built-site.ts";
import { parsePolicy } from "../../src/lib/security-headers";
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

// The site contract: `<html lang="en">` on every page (Pagefind's stemming goes by it); dates are formatted
// as British English through `locale.intl`, not through the page's language.
test("every page says it is in English: <html lang=\"en\">", () => {
  const other = builtPages().filter((path) => !/<html lang="en"[ >]/.test(readFileSync(builtPageFile(path), "utf8")));
  expect(other).toEqual([]);
});

test("the host files send each page's own Content-Security-Policy, plus frame-ancestors", () => {
  const sent = {
    "_headers": /^ {2}Content-Security-Policy: (.+)$/m.exec(readFileSync(join(distDir(), "_headers"), "utf8"))?.[1],
    "nginx.conf": /add_header Content-Security-Policy "([^"]+)" always;/.exec(readFileSync(join(deployDir(), "nginx.conf"), "utf8"))?.[1],
    "Caddyfile": /^ +Content-Security-Policy "([^"]+)"$/m.exec(readFileSync(join(deployDir(), "Caddyfile"), "utf8"))?.[1],
  };
  for (const path of builtPages()) {
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readFileSync(builtPageFile(path), "utf8"))?.[1];
    expect(meta, `${path} has a policy`).toBeTruthy();
    const expected = parsePolicy(meta ?? "");
    expected.set("frame-ancestors", ["'none'"]);
    for (const [file, policy] of Object.entries(sent)) expect(parsePolicy(policy ?? ""), `${file} for ${path}`).toEqual(expected);
  }
});
