// Hosting under a sub-path (SITE_BASE): the fixture course is built and served at /fixture-course/, with
// nothing at the server's root, so a link or file that forgot the base fails here.
import { expect, test } from "@playwright/test";
import { fixtureBase } from "../../../tooling/fixture-course.ts";
import { fixtureLessons } from "../support/lessons";
import { fixturePages } from "../support/site";

test("every page's links, scripts, styles and search files stay under the sub-path and load", async ({ page, baseURL }) => {
  test.slow(); // every page of the fixture build, with its islands and search
  const origin = new URL(baseURL ?? "").origin;
  const failed: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    const notFoundPage = url.pathname.endsWith("/404.html") || url.pathname.endsWith("/no-such-page/");
    if (url.origin === origin && (!url.pathname.startsWith(fixtureBase) || (response.status() >= 400 && !notFoundPage))) {
      failed.push(`${response.status()} ${url.pathname}`);
    }
  });
  for (const path of fixturePages()) {
    await page.goto(path);
    // One visible main heading (a tool's print-only sheet has its own, hidden on screen).
    await expect(page.locator("h1:visible")).toHaveCount(1);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const offBase = hrefs.filter((href) => new URL(href).origin === origin && !new URL(href).pathname.startsWith(fixtureBase));
    expect(offBase, `links on ${path || "the home page"} outside ${fixtureBase}`).toEqual([]);
  }
  expect(failed).toEqual([]);
});

test("search finds a lesson and links to it under the sub-path", async ({ page }) => {
  const [lesson] = fixtureLessons();
  const term = lesson?.data.searchTerms[0] ?? "";
  await page.goto(`search/?q=${encodeURIComponent(term)}`);
  await expect(page.locator("#search-results a").first()).toHaveAttribute("href", `${fixtureBase}lessons/${lesson?.slug}/`);
});
