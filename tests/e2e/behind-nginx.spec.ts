// The built site served by nginx with the server block the build generated (deploy/nginx.conf), so the
// security headers are in force as on a production host. Runs as the "nginx" project (playwright.config.ts).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { parsePolicy } from "../../src/lib/security-headers";
import { distDir } from "../../tooling/built-site.ts";
import { recordForeignRequests } from "../../tooling/chromium.ts";
import { hydrateEveryIsland, recordCspViolations } from "./support/csp";
import { exitDestination, stubExitDestination } from "./support/exit-destination";
import { firstLesson, openLessonPrompts, writeAndWaitForSave } from "./support/reflections";
import { lessonPath } from "./support/lessons";
import { firstPlaceQuery } from "./support/search-queries";
import { builtLessonSlugs, builtPages } from "./support/site";

/** A file from a built folder, as a URL path: /_astro/x.js. */
function firstBuiltFile(folder: string, extension: string): string {
  const name = readdirSync(join(distDir(), folder)).find((file) => file.endsWith(extension));
  if (!name) throw new Error(`No ${extension} file in dist/${folder}`);
  return `/${folder}/${name}`;
}

/** Checks the headers every response must carry, HTML and files alike. */
function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(parsePolicy(headers["content-security-policy"] ?? "").get("frame-ancestors")).toEqual(["'none'"]);
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
}

/** Browser console messages about the security headers themselves (a bad Permissions-Policy name, say). */
function recordHeaderErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (/Permissions-Policy|Cross-Origin-Opener-Policy|Referrer Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

test("every page carries the security headers, its own policy plus frame-ancestors, and revalidates", async ({ request }) => {
  for (const path of builtPages()) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(await response.text())?.[1] ?? "";
    const expected = parsePolicy(meta);
    expected.set("frame-ancestors", ["'none'"]);
    expect(parsePolicy(response.headers()["content-security-policy"] ?? ""), path).toEqual(expected);
  }
});

test("scripts, styles and search fragments named by hash are cached for good; fixed names revalidate", async ({ request }) => {
  const cached = [firstBuiltFile("_astro", ".js"), firstBuiltFile("_astro", ".css"), firstBuiltFile("pagefind/fragment", ".pf_fragment"), firstBuiltFile("pagefind/index", ".pf_index")];
  for (const path of cached) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers()["cache-control"], path).toBe("public, max-age=31536000, immutable");
  }
  for (const path of ["/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/favicon.svg", "/robots.txt"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers()["cache-control"], path).toBe("no-cache");
  }
});

test("an unknown path gets the not-found page, status 404, with the headers", async ({ page, request }) => {
  const response = await request.get("/no-such-page/");
  expect(response.status()).toBe(404);
  expectSecurityHeaders(response);
  await page.goto("/no-such-page/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
});

/** A search whose first result is known (tests/search/public-queries.json), so the results are checked too. */
const known = firstPlaceQuery();

for (const path of [...builtPages(), `/search/?q=${encodeURIComponent(known.q)}`]) {
  test(`${path}: no policy violation or header error with the header policy in force`, async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, new URL(baseURL ?? "").origin);
    const violations = await recordCspViolations(page);
    const headerErrors = recordHeaderErrors(page);
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    await hydrateEveryIsland(page);
    if (path.startsWith("/search/?q=")) {
      await expect(page.locator("#search-results a").first()).toHaveAttribute("href", lessonPath(known.lesson));
    }
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    expect(headerErrors).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test("the quick exit leaves at once", async ({ page }) => {
  await stubExitDestination(page);
  await page.goto(lessonPath(firstLesson.slug));
  await page.getByRole("link", { name: "Exit this page" }).click();
  await expect(page).toHaveURL(exitDestination.href);
  await expect(page.locator("h1")).toHaveText("Weather");
});

test("search from the header finds a lesson", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto("/");
  const search = page.getByRole("searchbox", { name: "Search the course" });
  await search.fill("my ex keeps texting me");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=my\+ex\+keeps\+texting\+me/);
  await expect(page.locator("#search-results a").first()).toHaveAttribute("href", /^\/lessons\/[a-z-]+\/$/);
  expect(violations).toEqual([]);
});

test("the offline copy turns on under the headers, and search then works from it offline", async ({ page, context }) => {
  const violations = await recordCspViolations(page);
  await page.goto("/safety/");
  await page.getByRole("button", { name: "Keep a copy on this device" }).click();
  await expect(page.locator("nc-offline-copy").getByRole("status")).toHaveText(/^On:/, { timeout: 30_000 });
  await context.setOffline(true);
  await page.goto(`/search/?q=${encodeURIComponent(known.q)}`);
  await expect(page.locator("#search-results a").first()).toHaveAttribute("href", lessonPath(known.lesson));
  expect(violations).toEqual([]);
});

test("progress is saved and shows on the home page", async ({ page }) => {
  await page.goto(lessonPath(firstLesson.slug));
  const toggle = page.getByRole("button", { name: "Mark lesson complete" }).first();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await page.goto("/");
  await expect(page.getByText(`1 of ${builtLessonSlugs().length} lessons complete`)).toBeVisible();
});

test("a reflection is saved and listed on the reflections page", async ({ page }) => {
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "Calmer behind nginx.");
  await page.goto("/reflections/");
  await expect(page.locator(".answer__text")).toHaveText("Calmer behind nginx.");
});

test("another site can't show a page in a frame: the browser refuses it", async ({ page, baseURL }) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("frame-ancestors")) refusals.push(message.text());
  });
  await page.setContent(`<iframe title="framed" src="${baseURL}/safety/"></iframe>`);
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  await expect(page.frameLocator("iframe").getByRole("heading", { name: "Staying safe while you read" })).toHaveCount(0);
});
