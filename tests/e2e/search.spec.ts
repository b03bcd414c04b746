import { expect, test } from "@playwright/test";
import { builtLessonSlugs } from "./support/site";

test("the header search reaches a lesson by keyboard alone", async ({ page }) => {
  await page.goto("/lessons/when-it-ends/");
  // Tab from the top of the page to the header search box: skip link, site name, exit link, search.
  const search = page.getByRole("searchbox", { name: "Search the course" });
  for (let presses = 0; presses < 10 && !(await search.evaluate((input) => input === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(search).toBeFocused();
  await page.keyboard.type("he owes me money");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=he\+owes\+me\+money/);
  const results = page.locator("#search-results a");
  await expect(results.first()).toHaveAttribute("href", "/lessons/money-and-belongings/");
  await expect(page.getByRole("searchbox", { name: "What would you like help with?" })).toHaveValue("he owes me money");

  await results.first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/lessons/money-and-belongings/");
});

test("a result shows its lesson number, title and a marked excerpt", async ({ page }) => {
  await page.goto("/search/?q=custody");
  const first = page.locator("#search-results li").first();
  await expect(first.locator("a")).toHaveText(/^Lesson \d+: /);
  await expect(first.locator("mark").first()).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/\d+ results? for “custody”/);
});

test("a query with no matches says so and offers what to try", async ({ page }) => {
  await page.goto("/search/?q=zzqxv");
  const results = page.locator("#search-results");
  await expect(results).toContainText("No lesson covers “zzqxv” yet.");
  await expect(results.getByRole("link", { name: "browse all the lessons" })).toBeVisible();
  await expect(results.getByRole("link", { name: "the help page" })).toHaveAttribute("href", "/help/");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page still offers the form and every lesson", async ({ page }) => {
    await page.goto("/search/?q=money");
    await expect(page.getByRole("searchbox", { name: "What would you like help with?" })).toBeVisible();
    await expect(page.locator(".lesson-list__item")).toHaveCount(builtLessonSlugs().length);
  });
});
