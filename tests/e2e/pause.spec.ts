import { toolStorage } from "@ui-strings";
import { expect, test, type Page } from "@playwright/test";
import { blockStorage, eraseEverything, expectAxeClean, fillStorage, seedOnce, stored } from "./support/tools";

const pausePath = "/tools/pause/";
const notesKey = "nocontact:pause-notes";
const countKey = "nocontact:pause-count";
const stepHeading = (page: Page) => page.locator("#pause-step-heading");
const status = (page: Page) => page.locator(".pause__status");
const note = (page: Page) => page.locator(".pause__note");

/** Moves one step on with the keyboard alone. */
async function nextByKeyboard(page: Page) {
  await page.getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");
}

test("every step by keyboard: focus goes to each step's heading, the note, the list and the count are kept", async ({ page }) => {
  await page.goto(pausePath);
  await expect(stepHeading(page)).toHaveText("Breathe first");
  await expect(page.getByText("Step 1 of 4")).toBeVisible();

  await nextByKeyboard(page);
  await expect(stepHeading(page)).toHaveText("What do you want to say?");
  await expect(stepHeading(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Your unsent message")).toBeFocused();
  await page.keyboard.type("I still think about you. <b>not bold</b>");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Keep this note" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Kept in this browser. It was not sent.");
  await expect(page.getByLabel("Your unsent message")).toHaveValue("");
  await page.getByText("Your unsent notes (1)").click();
  await expect(page.locator(".pause__note-text")).toHaveText("I still think about you. <b>not bold</b>");

  await nextByKeyboard(page);
  await expect(stepHeading(page)).toHaveText("Who could you call instead?");
  await expect(stepHeading(page)).toBeFocused();
  await expect(page.getByRole("link", { name: "Find a helpline" })).toHaveAttribute("href", "/help/");
  await page.getByLabel("Someone you could call").focus();
  await page.keyboard.type("My sister");
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Added to your list.");
  await expect(page.locator(".pause__person")).toHaveText(["My sister"]);

  await page.getByRole("button", { name: "Back" }).focus();
  await page.keyboard.press("Enter");
  await expect(stepHeading(page)).toHaveText("What do you want to say?");
  await expect(stepHeading(page)).toBeFocused();
  await nextByKeyboard(page);
  await nextByKeyboard(page);
  await expect(stepHeading(page)).toHaveText("What now?");
  await expect(stepHeading(page)).toBeFocused();
  await expect(page.getByText(/Urges that passed/)).toHaveCount(0);
  await page.getByRole("button", { name: "The urge passed: count it" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Urges that passed: 1.")).toBeVisible();
  await expect(page.getByRole("button", { name: "The urge passed: count it" })).toBeDisabled();
  await expect(page.getByRole("link", { name: "Close" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("link", { name: "Read the lesson on the urge to reach out" })).toHaveAttribute("href", "/lessons/the-urge-to-reach-out/");
  await expect(page.getByRole("link", { name: "Go to the day counter" })).toHaveAttribute("href", "/tools/day-counter/");

  // Kept after a reload; the count shows only on this page.
  await page.reload();
  for (let step = 0; step < 3; step++) await nextByKeyboard(page);
  await expect(page.getByText("Urges that passed: 1.")).toBeVisible();
  await page.getByRole("button", { name: "Start the pause again" }).click();
  await expect(stepHeading(page)).toHaveText("Breathe first");
  expect(JSON.parse((await stored(page, notesKey)) ?? "{}")).toMatchObject({ version: 2, state: "open", pause: { notes: [{ text: "I still think about you. <b>not bold</b>" }], people: ["My sister"] } });
  expect(JSON.parse((await stored(page, countKey)) ?? "{}")).toEqual({ version: 1, passed: 1 });
  await page.goto("/");
  await expect(page.getByText(/Urges that passed/)).toHaveCount(0);
});

test("a note is deleted only after the shared confirmation, and a name can be removed", async ({ page }) => {
  await seedOnce(page, notesKey, JSON.stringify({ version: 1, notes: [{ text: "First", written: "2026-11-28T09:00:00.000Z" }, { text: "Second", written: "2026-11-29T09:00:00.000Z" }], people: ["Sam", "Jo"] }));
  await page.goto(pausePath);
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByText("Your unsent notes (2)").click();
  await expect(page.locator(".pause__note-text")).toHaveText(["Second", "First"]);
  await page.getByRole("button", { name: "Delete this note" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Delete this note?" });
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await dialog.getByRole("button", { name: "Delete it" }).click();
  await expect(status(page)).toHaveText("The note has been deleted.");
  await page.getByText("Your unsent notes (1)").click();
  await expect(page.locator(".pause__note-text")).toHaveText(["First"]);

  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Remove Sam" }).click();
  await expect(page.locator(".pause__person")).toHaveText(["Jo"]);
  expect(JSON.parse((await stored(page, notesKey)) ?? "{}").pause.people).toEqual(["Jo"]);
});

test("the breathing timer counts from its start time, so it is right after a tab switch with no ticks in between", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-29T09:59:00Z") });
  await page.goto(pausePath);
  await expect(page.getByRole("button", { name: "5 minutes" })).toBeVisible();
  // Paused from here: time moves only when the test moves it, and timers fire only when it runs them.
  await page.clock.pauseAt(new Date("2026-11-29T10:00:00Z"));
  await page.getByRole("button", { name: "5 minutes" }).click();
  await expect(page.getByRole("timer")).toHaveText("5:00 left");
  // Ticks come every quarter second; half a second more lets the one after the 30th second run.
  await page.clock.runFor(30_500);
  await expect(page.getByRole("timer")).toHaveText("4:30 left");

  // The tab is hidden and no timer runs; the clock moves on; the reader comes back.
  await page.clock.setSystemTime(new Date("2026-11-29T10:03:30Z"));
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(page.getByRole("timer")).toHaveText("1:30 left");

  await page.clock.runFor(91_000);
  await expect(status(page)).toHaveText("Time is up. Notice how you feel now.");
  await expect(page.getByRole("button", { name: "1 minute", exact: true })).toBeVisible();
});

test("the timer can be stopped, and the breathing circle does not move when the reader asks for less motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(pausePath);
  expect(await page.locator(".pause__breath").evaluate((element) => getComputedStyle(element).animationName)).toBe("none");
  await page.getByRole("button", { name: "1 minute", exact: true }).click();
  await page.getByRole("button", { name: "Stop the timer" }).click();
  await expect(page.getByRole("timer")).toHaveCount(0);
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await page.locator(".pause__breath").evaluate((element) => getComputedStyle(element).animationName)).toBe("pause-breathe");
});

test("erase everything removes the notes, the list and the count", async ({ page }) => {
  await seedOnce(page, notesKey, JSON.stringify({ version: 1, notes: [{ text: "Words", written: "2026-11-28T09:00:00.000Z" }], people: ["Sam"] }));
  await seedOnce(page, countKey, JSON.stringify({ version: 1, passed: 3 }));
  await page.goto(pausePath);
  await eraseEverything(page);
  expect(await stored(page, notesKey)).toBeNull();
  expect(await stored(page, countKey)).toBeNull();
  await page.goto(pausePath);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(/Your unsent notes/)).toHaveCount(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on any step, the dialog or a running timer, ${colorScheme}`, async ({ page }) => {
    test.slow(); // six full axe runs
    await page.emulateMedia({ colorScheme });
    await seedOnce(page, notesKey, JSON.stringify({ version: 1, notes: [{ text: "Words", written: "2026-11-28T09:00:00.000Z" }], people: ["Sam"] }));
    await page.goto(pausePath);
    await page.getByRole("button", { name: "1 minute", exact: true }).click();
    await expect(page.getByRole("timer")).toBeVisible();
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Your unsent notes (1)").click();
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Delete this note" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAxeClean(page);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Next" }).click();
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "The urge passed: count it" }).click();
    await expect(page.getByText("Urges that passed: 1.")).toBeVisible();
    await expectAxeClean(page);
  });
}

test.describe("storage faults", () => {
  test("blocked: breathing still works, saving is not offered, and written words stay in the box", async ({ page }) => {
    await blockStorage(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pausePath);
    await page.getByRole("button", { name: "1 minute", exact: true }).click();
    await expect(page.getByRole("timer")).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(note(page)).toContainText(toolStorage.blocked);
    await page.getByLabel("Your unsent message").fill("Still here");
    await expect(page.getByRole("button", { name: "Keep this note" })).toHaveCount(0);
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByLabel("Your unsent message")).toHaveValue("Still here");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(note(page)).toContainText(toolStorage.blocked);
    await expect(page.getByRole("button", { name: "The urge passed: count it" })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("full: the reader is told, the words stay in the box and what was kept before is unchanged", async ({ page }) => {
    const before = JSON.stringify({ version: 1, notes: [{ text: "Kept before", written: "2026-11-28T09:00:00.000Z" }], people: [] });
    await seedOnce(page, notesKey, before);
    await fillStorage(page);
    await page.goto(pausePath);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Your unsent message").fill("Can't be kept");
    await page.getByRole("button", { name: "Keep this note" }).click();
    await expect(status(page)).toHaveText(toolStorage.failedFull);
    await expect(page.getByLabel("Your unsent message")).toHaveValue("Can't be kept");
    await expectAxeClean(page);
    expect(await stored(page, notesKey)).toBe(before);
  });

  test("damaged: readable notes show, and the original is set aside before the next save", async ({ page }) => {
    const original = JSON.stringify({ version: 1, notes: [{ text: "Readable", written: "2026-11-28T09:00:00.000Z" }, { text: 5 }], people: ["Sam"] });
    await seedOnce(page, notesKey, original);
    await page.goto(pausePath);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(note(page)).toContainText(toolStorage.damaged);
    await page.getByText("Your unsent notes (1)").click();
    await expect(page.locator(".pause__note-text")).toHaveText(["Readable"]);
    await expectAxeClean(page);
    expect(await stored(page, notesKey)).toBe(original);
    await page.getByLabel("Your unsent message").fill("New");
    await page.getByRole("button", { name: "Keep this note" }).click();
    await expect(status(page)).toHaveText("Kept in this browser. It was not sent.");
    expect(JSON.parse((await stored(page, "nocontact:unreadable:pause-notes")) ?? "{}").values).toEqual([{ setAsideAt: expect.any(String), text: original }]);
    await expect(page.locator(".unreadable-notice__item")).toContainText("Part of your unsent notes saved in this browser could not be read.");
  });

  test("newer version: left exactly as it is, with a plain message", async ({ page }) => {
    const newer = JSON.stringify({ version: 4, sealed: "x" });
    await seedOnce(page, notesKey, newer);
    await seedOnce(page, countKey, JSON.stringify({ version: 2, passed: 9 }));
    await page.goto(pausePath);
    await page.getByRole("button", { name: "Next" }).click();
    await expect(note(page)).toContainText("saved by a newer version of this site");
    await expect(page.getByRole("button", { name: "Keep this note" })).toHaveCount(0);
    await expectAxeClean(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(note(page)).toContainText("saved by a newer version of this site");
    expect(await stored(page, notesKey)).toBe(newer);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("explains that the pause needs scripts and links to the lesson", async ({ page }) => {
    await page.goto(pausePath);
    const noScript = page.locator(".tool-no-script");
    await expect(noScript).toBeVisible();
    await expect(noScript.getByRole("link", { name: "When you want to contact them" })).toHaveAttribute("href", "/lessons/the-urge-to-reach-out/");
    await expect(page.locator("main").getByRole("button")).toHaveCount(0);
  });
});
