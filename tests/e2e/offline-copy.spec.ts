import { expect, test, type Page } from "@playwright/test";
import { contactHref, helpRegions } from "../../src/lib/helplines";
import { lessonAt, lessonPath } from "./support/lessons";
import { firstPlaceQuery } from "./support/search-queries";

/** A reader's question and the lesson that must come first for it (tests/search/public-queries.json). */
const known = firstPlaceQuery();

/** The scopes of every service worker registered for the site, and the names of every cache it holds. */
async function traces(page: Page): Promise<{ workers: string[]; caches: string[] }> {
  return page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope),
    caches: await caches.keys(),
  }));
}

const offlineSection = (page: Page) => page.locator("nc-offline-copy");

async function turnOn(page: Page): Promise<void> {
  await page.goto("/safety/");
  await expect(offlineSection(page).getByRole("status")).toHaveText(/^Off:/);
  await page.getByRole("button", { name: "Keep a copy on this device" }).click();
  // "On" is shown only once the worker is active, which Workbox allows only after every file is stored.
  await expect(offlineSection(page).getByRole("status")).toHaveText(/^On:/, { timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Remove the copy from this device" })).toBeVisible();
}

test("reading the course registers nothing and caches nothing until the reader opts in", async ({ page }) => {
  for (const path of ["/", lessonPath(lessonAt(0).slug), `/search/?q=${encodeURIComponent(known.q)}`, "/tools/pause/", "/safety/"]) {
    await page.goto(path);
    expect(await traces(page)).toEqual({ workers: [], caches: [] });
  }
  await expect(offlineSection(page)).toHaveAttribute("data-enhanced", "");
  await expect(offlineSection(page).getByRole("status")).toHaveText(/^Off:/);
  // Lessons load no offline-copy code at all: only the safety page does.
  const scripts: string[] = [];
  page.on("request", (request) => scripts.push(request.url()));
  await page.goto(lessonPath(lessonAt(1).slug));
  expect(scripts.filter((url) => /offline|service-worker/.test(url))).toEqual([]);
});

test("the home page points to the switch on the safety page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "keep this course on this device" }).click();
  await expect(page).toHaveURL("/safety/#offline-copy");
  await expect(page.getByRole("heading", { name: "Keep this course on this device" })).toBeVisible();
});

test("opted in and offline: lessons, search, a tool and help open; an unknown page shows the help numbers; the quick exit leaves", async ({ page, context }) => {
  await turnOn(page);
  const { workers, caches } = await traces(page);
  expect(workers).toHaveLength(1);
  expect(caches.some((name) => name.startsWith("nocontact-offline-precache"))).toBe(true);

  await context.setOffline(true);
  for (const lesson of [lessonAt(0), lessonAt(5)]) {
    await page.goto(lessonPath(lesson.slug));
    await expect(page.locator("h1")).toContainText(lesson.data.title);
    await expect(page.getByRole("button", { name: "Mark lesson complete" }).first()).toBeVisible();
  }

  await page.goto(`/search/?q=${encodeURIComponent(known.q)}`);
  await expect(page.locator("#search-results a").first()).toHaveAttribute("href", lessonPath(known.lesson));

  await page.goto("/tools/pause/");
  await expect(page.locator("[data-enhanced]").filter({ has: page.getByRole("button") }).first()).toBeVisible();

  await page.goto("/help/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/not-a-page-of-this-course/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't kept on this device");
  // The help numbers, as the data writes them (src/lib/helplines.ts).
  for (const region of helpRegions) {
    for (const way of region.emergency.ways) await expect(page.locator(`a[href="${contactHref(way)}"]`).first()).toBeVisible();
  }

  await page.goto(lessonPath(lessonAt(1).slug));
  await page.getByRole("link", { name: "Exit this page" }).click();
  await expect(page).toHaveURL("about:blank");
  expect(context.pages()).toHaveLength(1);
});

test("turning it off, or erasing everything, leaves no worker and no cache", async ({ page }) => {
  await turnOn(page);
  await page.getByRole("button", { name: "Remove the copy from this device" }).click();
  await expect(offlineSection(page).getByRole("status")).toHaveText(/^Off:/);
  expect(await traces(page)).toEqual({ workers: [], caches: [] });

  await turnOn(page);
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("[data-erase-status]")).toContainText("The copy of this course kept for reading offline");
  await expect(offlineSection(page).getByRole("status")).toHaveText(/^Off:/);
  expect(await traces(page)).toEqual({ workers: [], caches: [] });
  await page.reload();
  expect(await traces(page)).toEqual({ workers: [], caches: [] });
});
