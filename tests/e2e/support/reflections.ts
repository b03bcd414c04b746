import { lockPanel } from "@ui-strings";
import { expect, type Locator, type Page } from "@playwright/test";
import { courseLessons } from "./lessons";

/** The course's first lesson and its two prompts, read from the lesson files. */
function readFirstLesson() {
  const lesson = courseLessons()[0];
  const [feeling, smallThing] = lesson?.data.reflections ?? [];
  if (!lesson || !feeling || !smallThing) throw new Error("The tests expect the first lesson to have two reflection prompts");
  return {
    slug: lesson.slug,
    heading: `Lesson ${lesson.data.order}: ${lesson.data.title}`,
    /** Its first prompt (today, how the reader feels). */
    feelingPrompt: feeling.prompt,
    /** Its second prompt (today, one small thing that would help). */
    smallThingPrompt: smallThing.prompt,
  };
}

/** The course's first lesson and its two prompts, read from the lesson itself. */
export const firstLesson = readFirstLesson();

/** Opens a lesson (by default at `/lessons/<slug>/`) and waits until its reflection prompts have read what is stored. */
export async function openLessonPrompts(page: Page, slug = firstLesson.slug, path = `/lessons/${slug}/`): Promise<void> {
  await page.goto(path);
  await expect(page.locator(`nc-lesson-reflections[data-lesson="${slug}"]`)).toHaveAttribute("data-enhanced", "");
}

/** Types into a prompt and waits for the debounced save to report. */
export async function writeAndWaitForSave(page: Page, label: string, text: string): Promise<Locator> {
  const box = page.getByLabel(label);
  await box.fill(text);
  await expect(statusOf(box)).toHaveText("Saved on this device");
  return box;
}

/** The polite status line that describes a reflection box. */
export function statusOf(box: Locator): Locator {
  return box.locator("xpath=following-sibling::p[@role='status'][1]");
}

/** What is stored under the reflections key, read straight from the browser. */
export function storedReflections(page: Page): Promise<string | null> {
  return page.evaluate(() => localStorage.getItem("nocontact:reflections"));
}

/** Locks the reflections on /reflections/ with a passphrase and waits until the page says so. */
export async function lockReflections(page: Page, passphrase: string): Promise<void> {
  await page.goto("/reflections/");
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Type it again").fill(passphrase);
  await page.getByRole("button", { name: lockPanel.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: "Locked." })).toBeVisible();
}
