import { expect, type Locator, type Page } from "@playwright/test";

export const firstLesson = {
  slug: "when-it-ends",
  heading: "Lesson 1: When it ends",
  feelingPrompt: "How are you feeling today, in a few words? There is no wrong answer.",
  smallThingPrompt: "What is one small thing that would help you get through today?",
};

/** Opens a lesson and waits until its reflection prompts have read what is stored. */
export async function openLessonPrompts(page: Page, slug = firstLesson.slug): Promise<void> {
  await page.goto(`/lessons/${slug}/`);
  await expect(page.locator(`[data-lesson-reflections="${slug}"]`)).toHaveAttribute("data-ready", "true");
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
