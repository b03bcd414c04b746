import { expect, type Locator, type Page } from "@playwright/test";
import { lessonData, reflectionPrompt } from "./lessons";

/** The first lesson and its two prompts, read from the lesson itself. */
export const firstLesson = {
  slug: "when-it-ends",
  heading: `Lesson ${lessonData("when-it-ends").order}: ${lessonData("when-it-ends").title}`,
  feelingPrompt: reflectionPrompt("when-it-ends", "how-you-feel-now"),
  smallThingPrompt: reflectionPrompt("when-it-ends", "one-small-thing"),
};

/** Opens a lesson and waits until its reflection prompts have read what is stored. */
export async function openLessonPrompts(page: Page, slug = firstLesson.slug): Promise<void> {
  await page.goto(`/lessons/${slug}/`);
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
  await page.getByRole("button", { name: "Lock my reflections" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Locked." })).toBeVisible();
}
