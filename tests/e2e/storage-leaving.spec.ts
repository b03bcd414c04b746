import { expect, test } from "@playwright/test";
import { firstLesson, lockReflections, openLessonPrompts, storedReflections, writeAndWaitForSave } from "./support/reflections";

test("open reflections: words typed just before leaving by a link are kept", async ({ page }) => {
  await openLessonPrompts(page);
  await page.getByLabel(firstLesson.feelingPrompt).pressSequentially("Leaving fast");
  await page.locator("a[rel=next]").click();
  await page.waitForURL((url) => url.pathname.startsWith("/lessons/") && !url.pathname.includes(firstLesson.slug));
  expect(await storedReflections(page)).toContain("Leaving fast");
});

test("locked, then unlocked on the lesson: words typed just before leaving are kept, and stay locked", async ({ page }) => {
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "Already saved.");
  await lockReflections(page, "blue kettle morning");

  await openLessonPrompts(page);
  await page.getByLabel("Passphrase").fill("blue kettle morning");
  await page.getByRole("button", { name: "Unlock" }).click();
  const box = page.getByLabel(firstLesson.smallThingPrompt);
  await expect(box).toBeVisible();
  await box.pressSequentially("A walk at dusk");
  await page.goto("/");

  const stored = (await storedReflections(page)) ?? "";
  expect(JSON.parse(stored).state).toBe("locked");
  expect(stored).not.toContain("A walk");
  await openLessonPrompts(page);
  await page.getByLabel("Passphrase").fill("blue kettle morning");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByLabel(firstLesson.smallThingPrompt)).toHaveValue("A walk at dusk");
  await expect(page.getByLabel(firstLesson.feelingPrompt)).toHaveValue("Already saved.");
});
