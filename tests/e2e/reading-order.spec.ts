import { expect, test } from "@playwright/test";
import { builtLessonSlugs } from "./support/site";

test("a reader can go through every lesson in order by following Next from the home page", async ({ page }) => {
  test.slow(); // walks all twenty lessons, one page load each
  const total = builtLessonSlugs().length;
  await page.goto("/");
  await page.getByRole("link", { name: "Start with lesson 1" }).click();

  const visited: string[] = [];
  for (let number = 1; number <= total; number++) {
    await expect(page.getByText(`Lesson ${number} of ${total}`, { exact: true })).toBeVisible();
    await expect(page.locator("h1")).toHaveCount(1);
    visited.push(new URL(page.url()).pathname);
    const next = page.locator('a[rel="next"]');
    if (number < total) {
      await expect(page.locator('a[rel="prev"]')).toHaveCount(number > 1 ? 1 : 0);
      await next.click();
    } else {
      await expect(next).toHaveCount(0);
    }
  }
  expect(new Set(visited).size).toBe(total);
  await page.getByRole("link", { name: /Back to all lessons/ }).click();
  await expect(page).toHaveURL("/");
});

test("the home page lists every lesson in order with its summary", async ({ page }) => {
  await page.goto("/");
  const items = page.locator(".lesson-list__item");
  await expect(items).toHaveCount(builtLessonSlugs().length);
  await expect(items.first().locator("a")).toHaveText("When it ends");
  await expect(items.first().locator(".lesson-list__summary")).not.toBeEmpty();
});

test("an unknown address shows the kind not-found page with a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("We couldn't find that page");
  await page.getByRole("link", { name: "Go to the list of lessons" }).click();
  await expect(page).toHaveURL("/");
});
