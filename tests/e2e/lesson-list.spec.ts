// The real course on the home page; how order, Next and Previous behave is tested on the fixture course
// (tests/e2e/fixture-course/).
import { expect, test } from "@playwright/test";
import { courseLessons, lessonPath } from "./support/lessons";

test("the home page lists every lesson of the course, in order, linked to its page", async ({ page }) => {
  const lessons = courseLessons();
  await page.goto("/");
  const links = page.locator(".lesson-list__item a");
  await expect(links).toHaveText(lessons.map((lesson) => lesson.data.title));
  for (const [index, lesson] of lessons.entries()) await expect(links.nth(index)).toHaveAttribute("href", lessonPath(lesson.slug));
});
