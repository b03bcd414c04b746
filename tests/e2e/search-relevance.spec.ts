import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { lessonAt, lessonPath } from "./support/lessons";
import { searchQueries } from "./support/search-queries";
import { builtLessonSlugs } from "./support/site";

const publicQueries = searchQueries("public");
/** Our reader queries whose expected lessons are all in this build (new lessons may not be merged yet). */
const lessons = new Set(builtLessonSlugs());
const readerQueries = searchQueries("reader").filter((query) => query.expect.every((slug) => lessons.has(slug)));

/** The lesson slugs the search page lists for a query, in ranking order. */
async function resultSlugs(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator("[data-search-status]")).toHaveText(/results? for|Nothing matched/);
  const hrefs = await page.locator("#search-results a[href^='/lessons/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.split("/")[2] ?? "");
}

for (const { q, expect: wanted, first } of publicQueries) {
  test(`public query “${q}” has ${wanted.join(" or ")} in the top three, and at most five results`, async ({ page }) => {
    const slugs = await resultSlugs(page, q);
    expect(slugs.length, "no more than five results").toBeLessThanOrEqual(5);
    if (first) expect(slugs[0]).toBe(wanted[0]);
    expect(slugs.slice(0, 3).filter((slug) => wanted.includes(slug))).not.toEqual([]);
  });
}

test(`our own ${readerQueries.length} reader queries meet the issue's targets: top-1 ≥ 90%, top-3 ≥ 98%, precision ≥ 60%`, async ({ page }) => {
  test.setTimeout(300_000);
  // One page, searched from its box, so the index loads once.
  await page.goto("/search/");
  const box = page.getByRole("searchbox", { name: "What would you like help with?" });
  const misses: string[] = [];
  let first = 0;
  let shown = 0;
  let accepted = 0;
  for (const { q, expect: wanted } of readerQueries) {
    await box.fill(q);
    await box.press("Enter");
    await expect(page.locator("[data-search-status]")).toContainText(`“${q}”`);
    const hrefs = await page.locator("#search-results a[href^='/lessons/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const slugs = hrefs.map((href) => href.split("/")[2] ?? "");
    first += Number(wanted.includes(slugs[0] ?? ""));
    shown += slugs.length;
    accepted += slugs.filter((slug) => wanted.includes(slug)).length;
    if (!slugs.slice(0, 3).some((slug) => wanted.includes(slug))) misses.push(`${q} → ${slugs.join(", ")}`);
  }
  const count = readerQueries.length;
  expect(1 - misses.length / count, `misses:\n${misses.join("\n")}`).toBeGreaterThanOrEqual(0.98);
  expect(first / count, "share of queries with an accepted lesson first").toBeGreaterThanOrEqual(0.9);
  expect(accepted / shown, "share of shown results that are an accepted lesson").toBeGreaterThanOrEqual(0.6);
});

test("the query stays in the box and the address, and Back returns to the earlier search", async ({ page }) => {
  await page.goto("/search/?q=custody");
  const box = page.getByRole("searchbox", { name: "What would you like help with?" });
  const status = page.locator("[data-search-status]");
  const firstResult = page.locator("#search-results a").first();
  await expect(box).toHaveValue("custody");
  await expect(firstResult).toHaveAttribute("href", /^\/lessons\/[a-z0-9-]+\/$/);
  const earlier = (await firstResult.getAttribute("href")) ?? "";
  await box.fill("he took my car");
  await box.press("Enter");
  await expect(page).toHaveURL(/q=he\+took\+my\+car/);
  await expect(status).toContainText("“he took my car”");
  await page.goBack();
  await expect(box).toHaveValue("custody");
  await expect(status).toContainText("“custody”");
  await expect(firstResult).toHaveAttribute("href", earlier);
});

test("the result count is announced and the page passes axe with results shown", async ({ page }) => {
  await page.goto("/search/?q=money");
  await expect(page.getByRole("status").filter({ hasText: /\d+ results? for “money”/ })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations).toEqual([]);
});

test("results arriving don't push the page about, and the full list follows them", async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto("/search/?q=money");
  await expect(page.locator("#search-results a").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "All lessons" })).toBeVisible();
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
});

test("search code loads only on the search page", async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/pagefind/")) pagefindRequests.push(request.url());
  });
  await page.goto(lessonPath(lessonAt(0).slug));
  await page.waitForLoadState("networkidle");
  expect(pagefindRequests).toEqual([]);
});
