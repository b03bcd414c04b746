import { lockPanel } from "@ui-strings";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { courseLessons } from "./support/lessons";
import { firstLesson, openLessonPrompts, storedReflections, writeAndWaitForSave } from "./support/reflections";

/** A later lesson, and its first prompt, read from the course. */
const laterLesson = courseLessons().at(-1);
const laterPrompt = laterLesson?.data.reflections[0]?.prompt ?? "";

const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function writeTwoAnswers(page: Page) {
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "Tired.\nBut here.");
  await openLessonPrompts(page, laterLesson?.slug);
  await writeAndWaitForSave(page, laterPrompt, "Why did he lie?");
  await page.goto("/reflections/");
}

async function noViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`)).toEqual([]);
}

test("the page lists every answer under its lesson, in course order, with the date", async ({ page }) => {
  await writeTwoAnswers(page);
  const lessons = page.locator(".reflections-lesson");
  await expect(lessons).toHaveCount(2);
  await expect(lessons.nth(0).getByRole("heading", { level: 2 })).toHaveText(firstLesson.heading);
  await expect(lessons.nth(0).getByRole("heading", { level: 3 })).toHaveText(firstLesson.feelingPrompt);
  await expect(lessons.nth(0).locator(".answer__text")).toHaveText("Tired.\nBut here.");
  await expect(lessons.nth(0).locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(lessons.nth(1).getByRole("heading", { level: 2 })).toHaveText(`Lesson ${laterLesson?.data.order}: ${laterLesson?.data.title}`);
  await expect(lessons.nth(1).locator(".answer__text")).toHaveText("Why did he lie?");
});

test("download as text and as Markdown produce files with the reader's words", async ({ page }) => {
  await writeTwoAnswers(page);
  for (const [name, extension] of [["Download as text", "txt"], ["Download as Markdown", "md"]] as const) {
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^notes-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
    const text = await readFile(await download.path(), "utf8");
    expect(text).toContain("Tired.\nBut here.");
    expect(text).toContain("Why did he lie?");
    expect(text).toContain(firstLesson.heading);
  }
});

test("an answer can be edited in place", async ({ page }) => {
  await writeTwoAnswers(page);
  await page.getByRole("button", { name: `Edit your answer to: ${firstLesson.feelingPrompt}` }).click();
  const box = page.getByLabel("Your answer");
  await expect(box).toBeFocused();
  await box.fill("Better today.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".answer__text").first()).toHaveText("Better today.");
  await page.reload();
  await expect(page.locator(".answer__text").first()).toHaveText("Better today.");
});

test("one answer can be deleted after confirming; cancelling keeps it", async ({ page }) => {
  await writeTwoAnswers(page);
  const deleteButton = page.getByRole("button", { name: `Delete your answer to: ${firstLesson.feelingPrompt}` });
  await deleteButton.click();
  const dialog = page.getByRole("dialog", { name: "Delete this answer?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.locator(".answer")).toHaveCount(2);

  await deleteButton.click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete it" }).click();
  await expect(page.getByText("That answer has been deleted.")).toBeVisible();
  await expect(page.locator(".answer")).toHaveCount(1);
  await expect(page.locator(".answer__text")).toHaveText("Why did he lie?");
});

test("erase all, after confirming, empties the page and the storage", async ({ page }) => {
  await writeTwoAnswers(page);
  await page.getByRole("button", { name: "Erase all my reflections" }).click();
  await page.getByRole("dialog", { name: "Erase all your reflections?" }).getByRole("button", { name: "Erase all" }).click();
  await expect(page.getByText("All your reflections have been erased from this browser.")).toBeVisible();
  await expect(page.getByText("You haven't written any reflections yet.")).toBeVisible();
  await expect(page.locator(".answer")).toHaveCount(0);
  expect(await storedReflections(page)).toBeNull();
  await openLessonPrompts(page);
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toHaveValue("");
});

test("locked reflections can't be read after a reload until the passphrase is given", async ({ page }) => {
  await writeTwoAnswers(page);
  await page.getByLabel("Passphrase", { exact: true }).fill("short");
  await page.getByLabel("Type it again").fill("short");
  await page.getByRole("button", { name: lockPanel.submit }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();

  await page.getByLabel("Passphrase", { exact: true }).fill("blue kettle morning");
  await page.getByLabel("Type it again").fill("blue kettle morning");
  await page.getByRole("button", { name: lockPanel.submit }).click();
  await expect(page.getByRole("heading", { name: "Locked with a passphrase" })).toBeVisible();
  const stored = (await storedReflections(page)) ?? "";
  expect(stored).not.toContain("Why did he lie?");
  expect(stored).not.toContain("blue kettle morning");
  expect(JSON.parse(stored)).toMatchObject({ version: 1, state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", iterations: 600000 } });

  await page.reload();
  await expect(page.getByRole("heading", { name: "Your reflections are locked" })).toBeVisible();
  await expect(page.getByText("Why did he lie?")).toHaveCount(0);
  await noViolations(page);

  await page.getByLabel("Passphrase").fill("wrong kettle");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("That passphrase did not unlock them. Nothing has been changed.")).toBeVisible();
  expect(await storedReflections(page)).toBe(stored);

  await page.getByLabel("Passphrase").fill("blue kettle morning");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.locator(".answer__text").nth(1)).toHaveText("Why did he lie?");

  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(page.getByText("Why did he lie?")).toHaveCount(0);
});

test("locked reflections can be erased without the passphrase", async ({ page }) => {
  await writeTwoAnswers(page);
  await page.getByLabel("Passphrase", { exact: true }).fill("forgotten soon");
  await page.getByLabel("Type it again").fill("forgotten soon");
  await page.getByRole("button", { name: lockPanel.submit }).click();
  await expect(page.getByRole("heading", { name: "Locked with a passphrase" })).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: "Erase all my reflections" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Erase all" }).click();
  await expect(page.getByText("You haven't written any reflections yet.")).toBeVisible();
  expect(await storedReflections(page)).toBeNull();
});

test("the page with answers, and its dialog, have no WCAG 2.2 AA violations; printing hides the controls", async ({ page }) => {
  await writeTwoAnswers(page);
  await noViolations(page);
  await page.getByRole("button", { name: "Erase all my reflections" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await noViolations(page);
  await page.keyboard.press("Escape");

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".answer__text").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Download as text" })).toBeHidden();
  await expect(page.getByRole("heading", { name: lockPanel.headingOpen })).toBeHidden();
  await expect(page.getByRole("button", { name: /^Edit/ }).first()).toBeHidden();
});

test("an empty page offers no lock, as there is nothing to lock", async ({ page }) => {
  await page.goto("/reflections/");
  await expect(page.getByText("You haven't written any reflections yet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: lockPanel.headingOpen })).toHaveCount(0);
});

/** A masked text field that password managers are told to leave alone. */
async function expectMaskedNotPassword(box: Locator) {
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute("type", "text");
  await expect(box).toHaveAttribute("autocomplete", "off");
  await expect(box).toHaveAttribute("spellcheck", "false");
  await expect(box).toHaveAttribute("data-lpignore", "true");
  await expect(box).toHaveAttribute("data-1p-ignore", "");
  await expect(box).toHaveAttribute("data-bwignore", "");
  await expect(box).toHaveCSS("-webkit-text-security", "disc");
  await expect(box.page().locator('input[type="password"]')).toHaveCount(0);
}

test("passphrase boxes are masked but are not password fields, so browsers don't offer to save them", async ({ page }) => {
  await writeTwoAnswers(page);
  const passphrase = page.getByLabel("Passphrase", { exact: true });
  await expectMaskedNotPassword(passphrase);
  await expectMaskedNotPassword(page.getByLabel("Type it again"));
  await passphrase.fill("blue kettle morning");
  await page.getByLabel("Type it again").fill("blue kettle morning");
  await page.getByRole("button", { name: lockPanel.submit }).click();
  await expect(page.getByRole("heading", { name: "Locked with a passphrase" })).toBeVisible();

  await page.reload();
  await expectMaskedNotPassword(page.getByLabel("Passphrase", { exact: true }));
  await openLessonPrompts(page);
  await expectMaskedNotPassword(page.getByLabel("Passphrase", { exact: true }));
});
