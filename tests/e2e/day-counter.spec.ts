import { toolStorage } from "@ui-strings";
import { expect, test, type Page } from "@playwright/test";
import { blockStorage, eraseEverything, expectAxeClean, fillStorage, longDate, seedOnce, stored } from "./support/tools";

const key = "nocontact:day-counter";
const counterPath = "/tools/day-counter/";
const dayNumber = (page: Page) => page.locator(".day-counter__day");
const status = (page: Page) => page.locator(".day-counter__status");
const note = (page: Page) => page.locator(".day-counter__note");

async function setStart(page: Page, day: string) {
  await page.getByLabel("The day contact stopped").fill(day);
  await page.getByRole("button", { name: "Start counting" }).click();
}

test.describe("in London", () => {
  test.use({ timezoneId: "Europe/London" });

  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-11-29T10:00:00Z"));
  });

  test("set, reload, change, start again, clear history and stop: the home page shows only the day number", async ({ page }) => {
    await page.goto(counterPath);
    await expect(page.getByLabel("The day contact stopped")).toHaveValue("2026-11-29");
    await setStart(page, "2026-11-20");
    await expect(dayNumber(page)).toHaveText("Day 10");
    await expect(page.getByText(`Since ${longDate("2026-11-20")}.`)).toBeVisible();
    await expect(status(page)).toHaveText(`Counting from ${longDate("2026-11-20")}.`);
    await expect(page.getByText("You have reached a week.")).toBeVisible();

    await page.reload();
    await expect(dayNumber(page)).toHaveText("Day 10");
    await page.goto("/");
    // Quiet on a watched phone: a number that links to the tool, and no words about contact.
    const line = page.locator(".home-day-line");
    await expect(line).toHaveText("Day 10");
    await expect(line.getByRole("link", { name: "Day 10" })).toHaveAttribute("href", counterPath);

    await page.goto(counterPath);
    await page.getByText("Change the start date").click();
    await page.getByLabel("The day contact stopped").fill("2026-11-24");
    await page.getByRole("button", { name: "Save the new date" }).click();
    await expect(dayNumber(page)).toHaveText("Day 6");
    await expect(page.getByText("You have reached a week.")).toHaveCount(0);

    await page.getByRole("button", { name: "I made contact — start again" }).click();
    await expect(dayNumber(page)).toHaveText("Day 1");
    await expect(status(page)).toHaveText("Day 1, starting today. Your earlier days are kept in your history.");
    await expect(page.locator(".day-counter__past li")).toHaveText([`${longDate("2026-11-24")} to ${longDate("2026-11-28")}: 5 days`]);
    await expect(page.getByText("Longest count: 5 days.")).toBeVisible();
    await expect(page.getByText("All your days without contact: 6 days.")).toBeVisible();
    expect(JSON.parse((await stored(page, key)) ?? "{}")).toEqual({ version: 1, start: "2026-11-29", past: [{ start: "2026-11-24", ended: "2026-11-29" }] });

    // Clear history asks first; keeping it changes nothing.
    await page.getByRole("button", { name: "Clear history" }).click();
    const dialog = page.getByRole("dialog", { name: "Clear your history?" });
    await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(page.locator(".day-counter__past li")).toHaveCount(1);
    await page.getByRole("button", { name: "Clear history" }).click();
    await dialog.getByRole("button", { name: "Clear history" }).click();
    await expect(page.getByText("No earlier counts.")).toBeVisible();
    await expect(status(page)).toBeFocused();
    await expect(dayNumber(page)).toHaveText("Day 1");

    await page.getByRole("button", { name: "Stop counting" }).click();
    await page.getByRole("dialog", { name: "Stop counting?" }).getByRole("button", { name: "Stop counting" }).click();
    await expect(status(page)).toHaveText("The counter has been removed from this browser.");
    expect(await stored(page, key)).toBeNull();
    await page.goto("/");
    await expect(page.locator(".home-day-line")).toBeHidden();
  });

  test("refuses a future date and a date inside an earlier count, and says why beside the field", async ({ page }) => {
    await page.goto(counterPath);
    await setStart(page, "2026-12-01");
    const field = page.getByLabel("The day contact stopped");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/That date hasn't come yet/);
    await expect(field).toBeFocused();
    expect(await stored(page, key)).toBeNull();

    await seedOnce(page, key, JSON.stringify({ version: 1, start: "2026-11-20", past: [{ start: "2026-11-01", ended: "2026-11-20" }] }));
    await page.reload();
    await page.getByText("Change the start date").click();
    await page.getByLabel("The day contact stopped").fill("2026-11-10");
    await page.getByRole("button", { name: "Save the new date" }).click();
    await expect(page.getByText(`That date is inside a count you already had. Choose ${longDate("2026-11-20")} or later.`)).toBeVisible();
    await expect(dayNumber(page)).toHaveText("Day 10");
  });

  test("the day changes at the reader's midnight across the clocks going forward", async ({ page }) => {
    await seedOnce(page, key, JSON.stringify({ version: 1, start: "2026-03-28", past: [] }));
    await page.clock.setFixedTime(new Date("2026-03-29T22:59:00Z"));
    await page.goto(counterPath);
    await expect(dayNumber(page)).toHaveText("Day 2");
    await page.clock.setFixedTime(new Date("2026-03-29T23:00:00Z"));
    await page.reload();
    await expect(dayNumber(page)).toHaveText("Day 3");
  });

  test("erase everything removes the counter and the home line", async ({ page }) => {
    await page.goto(counterPath);
    await setStart(page, "2026-11-01");
    await expect(dayNumber(page)).toHaveText("Day 29");
    await eraseEverything(page);
    expect(await stored(page, key)).toBeNull();
    await page.goto("/");
    await expect(page.locator(".home-day-line")).toBeHidden();
    await page.goto(counterPath);
    await expect(page.getByRole("button", { name: "Start counting" })).toBeVisible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds nothing in any state, ${colorScheme}`, async ({ page }) => {
      test.slow(); // five full axe runs
      await page.emulateMedia({ colorScheme });
      await page.goto(counterPath);
      await expect(page.getByRole("button", { name: "Start counting" })).toBeVisible();
      await expectAxeClean(page);
      await setStart(page, "2026-12-01");
      await expect(page.getByLabel("The day contact stopped")).toHaveAttribute("aria-invalid", "true");
      await expectAxeClean(page);
      await setStart(page, "2026-10-01");
      await page.getByRole("button", { name: "I made contact — start again" }).click();
      await page.getByText("Change the start date").click();
      await expect(page.locator(".day-counter__past li")).toHaveCount(1);
      await expectAxeClean(page);
      await page.getByRole("button", { name: "Clear history" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectAxeClean(page);
      await page.keyboard.press("Escape");
      await page.goto("/");
      await expect(page.locator(".home-day-line")).toBeVisible();
      await expectAxeClean(page);
    });
  }
});

test.describe("in Sydney", () => {
  test.use({ timezoneId: "Australia/Sydney" });

  test("today is the reader's own date, not UTC's", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-03-01T23:30:00Z"));
    await page.goto(counterPath);
    await expect(page.getByLabel("The day contact stopped")).toHaveValue("2026-03-02");
    await page.getByRole("button", { name: "Start counting" }).click();
    await expect(page.getByText(`Since ${longDate("2026-03-02")}.`)).toBeVisible();
    await expect(dayNumber(page)).toHaveText("Day 1");
  });
});

test.describe("storage faults", () => {
  test("blocked: says nothing can be kept, offers nothing that would fail, and the page still works", async ({ page }) => {
    await blockStorage(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(counterPath);
    await expect(note(page)).toContainText(toolStorage.blocked);
    await expect(page.getByRole("button", { name: "Start counting" })).toHaveCount(0);
    await expectAxeClean(page);
    await page.goto("/");
    await expect(page.locator(".home-day-line")).toBeHidden();
    expect(errors).toEqual([]);
  });

  test("full: the reader is told and nothing is stored", async ({ page }) => {
    await fillStorage(page);
    await page.goto(counterPath);
    await setStart(page, "2026-11-01");
    await expect(status(page)).toHaveText(toolStorage.failedFull);
    await expectAxeClean(page);
    expect(await stored(page, key)).toBeNull();
  });

  test("damaged: the readable part shows, and the original is set aside before the next save", async ({ page }) => {
    const original = JSON.stringify({ version: 1, start: "2026-11-20", past: [{ start: "2026-11-01", ended: "2026-11-20" }, { start: "soon" }] });
    await seedOnce(page, key, original);
    await page.goto(counterPath);
    await expect(note(page)).toContainText(toolStorage.damaged);
    await expect(page.locator(".day-counter__past li")).toHaveCount(1);
    await expectAxeClean(page);
    expect(await stored(page, key)).toBe(original);
    await page.getByRole("button", { name: "I made contact — start again" }).click();
    await expect(page.locator(".day-counter__past li")).toHaveCount(2);
    expect(JSON.parse((await stored(page, "nocontact:unreadable:day-counter")) ?? "{}").values).toEqual([{ setAsideAt: expect.any(String), text: original }]);
    await expect(page.locator(".unreadable-notice__item")).toContainText("Part of your day counter saved in this browser could not be read.");
  });

  test("unreadable JSON: the counter can be set again and the old text is kept aside", async ({ page }) => {
    await seedOnce(page, key, "{not json");
    await page.goto(counterPath);
    await expect(note(page)).toContainText(toolStorage.damaged);
    await setStart(page, "2026-11-01");
    await expect(page.locator(".day-counter__day")).toBeVisible();
    expect(JSON.parse((await stored(page, "nocontact:unreadable:day-counter")) ?? "{}").values[0].text).toBe("{not json");
  });

  test("newer version: left exactly as it is, with a plain message", async ({ page }) => {
    const newer = JSON.stringify({ version: 9, counters: [] });
    await seedOnce(page, key, newer);
    await page.goto(counterPath);
    await expect(note(page)).toContainText("saved by a newer version of this site");
    await expect(page.getByRole("button", { name: "Start counting" })).toHaveCount(0);
    await expectAxeClean(page);
    expect(await stored(page, key)).toBe(newer);
    await page.goto("/");
    await expect(page.locator(".home-day-line")).toBeHidden();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("explains that the tool needs scripts and links to the lesson", async ({ page }) => {
    await page.goto(counterPath);
    const noScript = page.locator(".tool-no-script");
    await expect(noScript).toBeVisible();
    await expect(noScript.getByRole("link", { name: "If you break no contact" })).toHaveAttribute("href", "/lessons/if-you-break-no-contact/");
    await expect(page.locator("main").getByRole("button")).toHaveCount(0);
  });
});
