import { expect, test } from "@playwright/test";
import { lessonAt, lessonPath } from "./support/lessons";
import { firstLesson, openLessonPrompts } from "./support/reflections";

test("erasing with a lesson open in another tab stays erased: its pending save is dropped and it clears what it shows", async ({ context }) => {
  const lesson = await context.newPage();
  // The lesson tab's clock is controlled, so its autosave pause can be run through without waiting.
  await lesson.clock.install();
  await openLessonPrompts(lesson);
  const toggle = lesson.getByRole("button", { name: "Mark lesson complete" }).first();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const box = lesson.getByLabel(firstLesson.feelingPrompt);
  await box.fill("Waiting to be saved.");

  const safety = await context.newPage();
  await safety.goto("/safety/");
  await safety.getByRole("button", { name: "Erase everything this site stored" }).click();
  await safety.getByRole("dialog").getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(safety.locator("[data-erase-status]")).toContainText("Erased from this browser");

  // The other tab hears of it and shows nothing erased.
  await expect(box).toHaveValue("");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  // Its autosave pause passes, the box loses focus, the tab is hidden and left: nothing comes back.
  await lesson.clock.runFor(5_000);
  await lesson.evaluate(() => document.querySelector("textarea")?.blur());
  await lesson.goto(lessonPath(lessonAt(1).slug));
  await expect(lesson.getByRole("button", { name: "Mark lesson complete" }).first()).toBeEnabled();
  expect(await safety.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
