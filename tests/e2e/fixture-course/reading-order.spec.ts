// Order, Previous and Next, and the not-found page, on the three-lesson fixture course served under a
// sub-path (playwright.config.ts, project "fixture"): paths here are relative to the course's base.
import { expect, test } from "@playwright/test";
import { fixtureLessons } from "../support/lessons";

const lessons = fixtureLessons();
const total = lessons.length;

test("a reader can go through every lesson in order by following Next from the home page", async ({ page, baseURL }) => {
  await page.goto("");
  await page.getByRole("link", { name: `Start with lesson 1: ${lessons[0]?.data.title}` }).click();

  for (const [index, lesson] of lessons.entries()) {
    const number = index + 1;
    await expect(page).toHaveURL(`lessons/${lesson.slug}/`);
    await expect(page.getByText(`Lesson ${number} of ${total}`, { exact: true })).toBeVisible();
    await expect(page.locator("h1")).toHaveText(lesson.data.title);
    const previous = page.locator('a[rel="prev"]');
    const next = page.locator('a[rel="next"]');
    if (index > 0) await expect(previous).toContainText(lessons[index - 1]?.data.title ?? "");
    else await expect(previous).toHaveCount(0);
    if (number < total) {
      await expect(next).toContainText(lessons[index + 1]?.data.title ?? "");
      await next.click();
    } else {
      await expect(next).toHaveCount(0);
    }
  }
  await page.getByRole("link", { name: /Back to all lessons/ }).click();
  await expect(page).toHaveURL(baseURL ?? "");
});

test("Previous goes back one lesson", async ({ page }) => {
  const [first, second] = lessons;
  await page.goto(`lessons/${second?.slug}/`);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(`lessons/${first?.slug}/`);
});

test("the home page lists every lesson in order with its summary", async ({ page }) => {
  await page.goto("");
  const items = page.locator(".lesson-list__item");
  await expect(items.locator("a")).toHaveText(lessons.map((lesson) => lesson.data.title));
  await expect(items.locator(".lesson-list__summary")).toHaveText(lessons.map((lesson) => lesson.data.summary));
});

test("an unknown address shows the kind not-found page with a way back", async ({ page, baseURL }) => {
  const response = await page.goto("no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("We couldn't find that page");
  await page.getByRole("link", { name: "Go to the list of lessons" }).click();
  await expect(page).toHaveURL(baseURL ?? "");
});
