import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { lessonAt, lessonPath } from "./support/lessons";
import { builtLessonSlugs } from "./support/site";
import { firstLesson, openLessonPrompts, statusOf, storedReflections } from "./support/reflections";
import { seedOnce, stored } from "./support/tools";

const total = builtLessonSlugs().length;
const toggle = (page: Page) => page.getByRole("button", { name: "Mark lesson complete" }).first();
const notice = (page: Page) => page.locator(".unreadable-notice__item");

test("one bad entry among good ones: the good ones show and survive the next write, the original is set aside", async ({ page }) => {
  // Three good entries (a day, a full time, no date) and one bad key, for lessons read from the course.
  const [a, b, c, d, e] = [lessonAt(0).slug, lessonAt(1).slug, lessonAt(2).slug, lessonAt(3).slug, lessonAt(4).slug];
  const original = JSON.stringify({
    version: 2,
    completed: { [a]: "2026-01-02", [b]: "2026-01-03T09:15:00.000Z", [c]: null, [d.toUpperCase()]: "2026-01-04" },
  });
  await seedOnce(page, "nocontact:progress", original);
  await page.goto("/");
  await expect(page.getByText(`3 of ${total} lessons complete`)).toBeVisible();
  // Reading stores nothing: the damaged value is still exactly as it was, and nothing is set aside yet.
  expect(await stored(page, "nocontact:progress")).toBe(original);
  expect(await stored(page, "nocontact:unreadable:progress")).toBeNull();

  await page.goto(lessonPath(e));
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  const saved = JSON.parse((await stored(page, "nocontact:progress")) ?? "{}");
  expect(Object.keys(saved.completed).sort()).toEqual([a, b, c, e].sort());
  const setAside = JSON.parse((await stored(page, "nocontact:unreadable:progress")) ?? "{}");
  expect(setAside.values).toEqual([{ setAsideAt: expect.any(String), text: original }]);

  await expect(notice(page)).toHaveText(/Part of your progress saved in this browser could not be read\. Nothing was thrown away/);
  await page.goto("/");
  await expect(page.getByText(`4 of ${total} lessons complete`)).toBeVisible();
});

test("invalid JSON: kept under the quarantine key after a write, the reader told once, then downloaded or erased", async ({ page }) => {
  await seedOnce(page, "nocontact:reflections", "{this is not json");
  await openLessonPrompts(page);
  await expect(notice(page)).toHaveCount(0);
  const box = page.getByLabel(firstLesson.feelingPrompt);
  await box.fill("New words.");
  await expect(statusOf(box)).toHaveText("Saved on this device");
  expect(JSON.parse((await stored(page, "nocontact:unreadable:reflections")) ?? "{}")).toMatchObject({
    version: 1,
    store: "nocontact:reflections",
    values: [{ text: "{this is not json" }],
  });
  await expect(notice(page)).toContainText("Part of your reflections saved in this browser could not be read.");

  // Told once: another page doesn't repeat it.
  await openLessonPrompts(page);
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toHaveValue("New words.");
  await expect(notice(page)).toHaveCount(0);

  // The safety page always lists it, with a way to download or erase it.
  await page.goto("/safety/");
  await expect(notice(page)).toContainText("could not be read");
  const download = page.waitForEvent("download");
  await notice(page).getByRole("button", { name: "Download the copy" }).click();
  expect(await readFile(await (await download).path(), "utf8")).toContain("{this is not json");
  await notice(page).getByRole("button", { name: "Erase the copy" }).click();
  await expect(notice(page)).toHaveCount(0);
  expect(await stored(page, "nocontact:unreadable:reflections")).toBeNull();
  expect(await storedReflections(page)).toContain("New words.");
});

test("a wrong shape is set aside too, and erase-all removes the quarantine keys", async ({ page }) => {
  const wrongShape = JSON.stringify({ version: 1, state: "open", answers: "not a list" });
  await seedOnce(page, "nocontact:reflections", wrongShape);
  await openLessonPrompts(page);
  await page.getByLabel(firstLesson.feelingPrompt).fill("Fresh start.");
  await expect(statusOf(page.getByLabel(firstLesson.feelingPrompt))).toHaveText("Saved on this device");
  expect(await stored(page, "nocontact:unreadable:reflections")).toContain("not a list");

  await page.goto("/safety/");
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("[data-erase-status]")).toContainText("A copy of your reflections that could not be read");
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test("a newer version's reflections stay untouched and are never set aside", async ({ page }) => {
  const newer = JSON.stringify({ version: 99, state: "whatever" });
  await seedOnce(page, "nocontact:reflections", newer);
  await openLessonPrompts(page);
  const box = page.getByLabel(firstLesson.feelingPrompt);
  await box.fill("Typed here.");
  await expect(statusOf(box)).toContainText("a newer version of this site saved your reflections here");
  expect(await storedReflections(page)).toBe(newer);
  expect(await stored(page, "nocontact:unreadable:reflections")).toBeNull();
});
