import { expect, test } from "@playwright/test";
import { recordForeignRequests } from "../../tooling/chromium.ts";
import { hydrateEveryIsland, policyOf, recordCspViolations } from "./support/csp";
import { firstPlaceQuery } from "./support/search-queries";
import { builtPages } from "./support/site";

/** A search whose first result is known (tests/search/public-queries.json). */
const known = firstPlaceQuery();

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
    await search.fill(known.q);
    await search.press("Enter");
    await expect(page.locator("[data-search-status]")).toContainText(`“${known.q}”`);
    await expect(page.locator("#search-results a").first()).toHaveAttribute("href", `/lessons/${known.lesson}/`);
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

test("robots.txt and the sitemap let search engines find every page but the not-found and offline pages", async ({ request }) => {
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
  expect(listed.sort()).toEqual(builtPages().filter((path) => path !== "/404.html" && path !== "/offline/"));
});
