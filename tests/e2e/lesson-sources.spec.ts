import { expect, test } from "@playwright/test";
import { monthYear } from "../../src/lib/review-date";
import { builtLessonSlugs } from "./support/site";
import { courseLessons, lessonAt, lessonData, lessonPath } from "./support/lessons";

for (const slug of builtLessonSlugs()) {
  test(`${slug} ends with its sources, as plain links that send no referrer, and its review date`, async ({ page }) => {
    const { sources, reviewed } = lessonData(slug);
    await page.goto(`/lessons/${slug}/`);
    const section = page.getByRole("region", { name: "Sources" });
    const links = section.getByRole("link");
    await expect(links).toHaveCount(sources.length);
    for (const [index, source] of sources.entries()) {
      await expect(links.nth(index)).toHaveText(source.title);
      await expect(links.nth(index)).toHaveAttribute("href", source.url);
      await expect(links.nth(index)).toHaveAttribute("rel", "noreferrer");
      await expect(links.nth(index)).not.toHaveAttribute("target", /.*/);
    }
    await expect(section).toContainText(`Last reviewed ${monthYear(reviewed, "en")}`);
  });
}

test("a lesson's sources are the last part of the lesson and are left out of search", async ({ page }) => {
  await page.goto(lessonPath(lessonAt(0).slug));
  const lastChild = page.locator("article.lesson > :last-child");
  await expect(lastChild).toHaveAttribute("aria-labelledby", "lesson-sources-heading");
  await expect(lastChild).toHaveAttribute("data-pagefind-ignore", "");
});

test("the unsent-letter prompts say, beside the box, how to lock or erase what is written", async ({ page }) => {
  const aboutYourEx = courseLessons().filter((lesson) => lesson.data.reflections.some((reflection) => reflection.aboutYourEx));
  const others = courseLessons().filter((lesson) => !aboutYourEx.includes(lesson));
  expect(aboutYourEx.length, "some lesson has an unsent-letter prompt").toBeGreaterThan(0);
  for (const { slug, data } of aboutYourEx) {
    const letter = data.reflections.find((reflection) => reflection.aboutYourEx);
    await page.goto(lessonPath(slug));
    const box = page.getByLabel(letter?.prompt ?? "");
    await expect(box).toHaveAccessibleDescription(/lock your reflections with a passphrase, or erase them/);
    await expect(page.locator(".reflection-privacy").getByRole("link", { name: "My reflections" })).toHaveAttribute("href", "/reflections/");
  }
  await page.goto(lessonPath(others[0]?.slug ?? ""));
  await expect(page.locator(".reflection-privacy")).toHaveCount(0);
});
