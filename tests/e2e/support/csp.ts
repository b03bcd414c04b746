import { expect, type Page } from "@playwright/test";
import { parsePolicy } from "../../../src/lib/security-headers";

declare global {
  interface Window {
    reportCspViolation?: (violation: string) => void;
  }
}

/** Collects every Content-Security-Policy violation the page reports, across navigations. */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      void window.reportCspViolation?.(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Brings every island into view (client:visible ones hydrate only then) and waits until all have hydrated. */
export async function hydrateEveryIsland(page: Page) {
  const count = await page.locator("astro-island").count();
  for (let index = 0; index < count; index++) {
    await page.locator("astro-island").nth(index).evaluate((island) => (island.firstElementChild ?? island).scrollIntoView());
    await expect(page.locator("astro-island").nth(index)).not.toHaveAttribute("ssr");
  }
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
}

/** The page's policy, as Astro wrote it into the <meta> tag. */
export async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute("content");
  expect(content, "every page has a Content-Security-Policy meta tag").toBeTruthy();
  return parsePolicy(content ?? "");
}
