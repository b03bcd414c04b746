import { expect, test, type Page } from "@playwright/test";
import { builtPages, recordForeignRequests } from "./support/site";

declare global {
  interface Window {
    reportCspViolation?: (violation: string) => void;
  }
}

/** Collects every Content-Security-Policy violation the page reports, across navigations. */
async function recordCspViolations(page: Page): Promise<string[]> {
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
async function hydrateEveryIsland(page: Page) {
  const count = await page.locator("astro-island").count();
  for (let index = 0; index < count; index++) {
    await page.locator("astro-island").nth(index).evaluate((island) => (island.firstElementChild ?? island).scrollIntoView());
    await expect(page.locator("astro-island").nth(index)).not.toHaveAttribute("ssr");
  }
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
}

/** The page's policy, as Astro wrote it into the <meta> tag. */
async function policyOf(page: Page): Promise<Map<string, string[]>> {
  const content = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute("content");
  expect(content, "every page has a Content-Security-Policy meta tag").toBeTruthy();
  const directives = new Map<string, string[]>();
  for (const part of (content ?? "").split(";").map((directive) => directive.trim()).filter(Boolean)) {
    const [name = "", ...sources] = part.split(/\s+/);
    directives.set(name, sources);
  }
  return directives;
}

for (const path of builtPages()) {
  test(`${path}: a strict CSP, no violation and nothing sent elsewhere, with every island hydrated and a search run`, async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, new URL(baseURL ?? "").origin);
    const violations = await recordCspViolations(page);
    await page.goto(path);

    const policy = await policyOf(page);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    const scriptSrc = policy.get("script-src") ?? [];
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(policy.has("script-src-attr")).toBe(false);
    const everySource = [...policy.values()].flat();
    expect(everySource.filter((source) => /^(https?:|\*|data:|blob:)/.test(source))).toEqual([]);

    await hydrateEveryIsland(page);
    // The search page has its own box instead of the header's.
    const search = page.getByRole("searchbox", { name: /^(Search the course|What would you like help with\?)$/ });
    await search.fill("he owes me money");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=he\+owes\+me\+money/);
    await expect(page.locator("#search-results a").first()).toHaveAttribute("href", "/lessons/money-and-belongings/");
    await hydrateEveryIsland(page);
    await page.waitForLoadState("networkidle");

    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test("a violation would be caught: an injected inline script is blocked and reported", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto("/");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.body.dataset.injected = 'ran';";
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  await expect(page.locator("body")).not.toHaveAttribute("data-injected", "ran");
});

test("a request to another origin is refused by the policy", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto("/");
  const outcome = await page.evaluate(() =>
    fetch("https://example.org/collect").then(
      () => "sent",
      () => "refused",
    ),
  );
  expect(outcome).toBe("refused");
  await expect.poll(() => violations.join("\n")).toContain("connect-src");
});

test("robots.txt and the sitemap let search engines find every page but the not-found page", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("User-agent: *");
  const sitemapIndex = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? "";
  expect(sitemapIndex).toMatch(/\/sitemap-index\.xml$/);
  const index = await (await request.get(new URL(sitemapIndex).pathname)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    const body = await (await request.get(sitemap)).text();
    listed.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname));
  }
  expect(listed.sort()).toEqual(builtPages().filter((path) => path !== "/404.html"));
});
