import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { firstLesson, lockReflections, openLessonPrompts, statusOf, storedReflections, writeAndWaitForSave } from "./support/reflections";

const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("what the reader writes is saved as they type and is still there after a reload", async ({ page }) => {
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "Shaky, but I didn't call.");
  await page.reload();
  await openLessonPrompts(page);
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toHaveValue("Shaky, but I didn't call.");
  await expect(page.getByLabel(firstLesson.smallThingPrompt)).toHaveValue("");
});

test("leaving the page saves what was typed at once, without waiting for the pause", async ({ page }) => {
  await openLessonPrompts(page);
  await page.getByLabel(firstLesson.smallThingPrompt).pressSequentially("A walk");
  await page.goto("/");
  expect(await storedReflections(page)).toContain("A walk");
});

test("markup typed into a prompt stays text and never runs", async ({ page }) => {
  const markup = `<img src="x" onerror="window.reflectionMarkupRan = true"><b>bold?</b><script>window.reflectionMarkupRan = true</script>`;
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, markup);
  await page.reload();
  await openLessonPrompts(page);
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toHaveValue(markup);

  await page.goto("/reflections/");
  const answer = page.locator(".answer__text");
  await expect(answer).toHaveText(markup);
  await expect(answer.locator("img, b, script")).toHaveCount(0);
  expect(await page.evaluate(() => "reflectionMarkupRan" in window)).toBe(false);
});

test("a full storage is reported plainly, the words stay in the box, and what was saved before is kept", async ({ page }) => {
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "Saved before the storage filled up.");
  const savedBefore = await storedReflections(page);

  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.reload();
  await openLessonPrompts(page);
  const box = page.getByLabel(firstLesson.feelingPrompt);
  await expect(box).toHaveValue("Saved before the storage filled up.");
  await box.fill("New words that can't be saved.");
  await expect(statusOf(box)).toContainText("Not saved: this browser's storage is full.");
  await expect(statusOf(box)).toContainText("Your words are still in the box");
  await expect(box).toHaveValue("New words that can't be saved.");
  expect(await storedReflections(page)).toBe(savedBefore);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download them as a file" }).click();
  const file = await (await download).path();
  expect(await readFile(file, "utf8")).toContain("New words that can't be saved.");
  await expect(page.getByRole("button", { name: "Copy my words" })).toBeVisible();
});

test("the reflections block is kept out of the search index and printing", async ({ page }) => {
  await page.goto(`/lessons/${firstLesson.slug}/`);
  const block = page.locator(".lesson-reflections");
  await expect(block).toHaveAttribute("data-pagefind-ignore", "");
  await expect(block).toHaveAttribute("data-print", "hide");
  await expect(page.locator("[data-pagefind-body] textarea:not([data-pagefind-ignore] textarea)")).toHaveCount(0);
});

test("a locked lesson asks for the passphrase and shows nothing until it is given", async ({ page }) => {
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "Only for me.");
  await lockReflections(page, "blue kettle morning");

  await openLessonPrompts(page);
  await expect(page.getByText("Your reflections are locked with a passphrase.")).toBeVisible();
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toBeHidden();
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toHaveValue("");
  await page.getByLabel("Passphrase").fill("blue kettle morning");
  await page.getByRole("button", { name: "Unlock" }).click();
  const box = page.getByLabel(firstLesson.feelingPrompt);
  await expect(box).toHaveValue("Only for me.");

  // Still locked in storage while the reader goes on writing.
  await box.fill("Only for me, and more.");
  await expect(statusOf(box)).toHaveText("Saved on this device");
  expect(await storedReflections(page)).not.toContain("Only for me");
});

test("one passphrase: the lesson's unlock form is the one on My reflections, and one unlock opens the page's boxes", async ({ page }) => {
  await openLessonPrompts(page);
  await expect(page.getByText("Your browser is not running scripts")).toBeHidden();
  // No passphrase set: no unlock form is built at all.
  await expect(page.getByRole("button", { name: "Unlock" })).toHaveCount(0);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "First box.");
  await writeAndWaitForSave(page, firstLesson.smallThingPrompt, "Second box.");
  await lockReflections(page, "blue kettle morning");
  const sealed = JSON.parse((await storedReflections(page)) ?? "{}");
  expect(sealed).toMatchObject({ version: 1, state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM" } });

  await openLessonPrompts(page);
  await page.getByLabel("Passphrase").fill("wrong kettle morning");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("That passphrase did not unlock them. Nothing has been changed.")).toBeVisible();
  await page.getByLabel("Passphrase").fill("blue kettle morning");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toHaveValue("First box.");
  await expect(page.getByLabel(firstLesson.smallThingPrompt)).toHaveValue("Second box.");
  await expect(page.getByRole("button", { name: "Unlock" })).toHaveCount(0);
  // The same salt and iterations still seal them: the one passphrase was not replaced by unlocking.
  expect(JSON.parse((await storedReflections(page)) ?? "{}").lock.salt).toBe(sealed.lock.salt);
});

test("without JavaScript the lesson is readable and says the boxes can't be saved", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/lessons/${firstLesson.slug}/`);
  await expect(page.locator("h1")).toHaveText("When it ends");
  await expect(page.getByText("Your browser is not running scripts, so what you write here can't be saved.")).toBeVisible();
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toBeVisible();
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toBeEditable();
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`a lesson with the prompts in use has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openLessonPrompts(page);
    await writeAndWaitForSave(page, firstLesson.feelingPrompt, "Some words.");
    await page.getByLabel(firstLesson.smallThingPrompt).focus();
    const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`)).toEqual([]);
  });
}
