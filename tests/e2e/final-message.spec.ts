import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { locale } from "@ui-strings";
import { formatDay, formatTime } from "../../src/lib/tools/local-date-time";
import { axeViolations, blockStorage, eraseEverything, fillStorageFor, pageErrors, seedOnce, storageNoticeAxeTests, stored } from "./support/tools";

const key = "nocontact:final-message";
const path = "/tools/final-message/";

async function open(page: Page): Promise<void> {
  await page.goto(path);
  await expect(page.locator(".final-message")).toHaveAttribute("data-enhanced", "");
}

const message = (page: Page) => page.locator(".final-message__text");

/** A stored copy, as version 1 writes it. */
function copy(id: string, text: string, stopDay = "2026-12-01") {
  return { id, savedAt: "2026-11-29T10:00:00.000Z", text, form: { stopDay, stopTime: "18:30", channels: ["phone", "text"], children: "" } };
}

test("build, copy, keep, reload and change the message; download and delete a kept copy; erase-all removes it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const errors = pageErrors(page);
  await open(page);
  await expect(message(page)).toContainText("This relationship is over.");

  await page.getByLabel("The date contact stops").fill("2026-12-01");
  await page.getByLabel("The time contact stops").fill("18:30");
  await page.getByLabel("In person").uncheck();
  await page.getByLabel("Arrangements for children (optional)").fill("a parenting app.");
  const stops = `${formatDay("2026-12-01", locale.intl)} at ${formatTime("2026-12-01", "18:30", locale.intl)}`;
  const expected = `This relationship is over. From ${stops}, I want no contact with you of any kind. That means ${new Intl.ListFormat(locale.intl, { type: "conjunction" }).format(["no calls", "no texts", "no emails", "no messages on social media"])}. The only exception is arrangements for the children, which will go through a parenting app. I need time on my own to heal. If you contact me after this, I will treat it as harassment and I may call the police.`;
  await expect(message(page)).toHaveText(expected);

  // The safety check comes before the copy button, in reading order.
  const safetyFirst = await page.evaluate(() => {
    const heading = [...document.querySelectorAll("h3")].find((element) => element.textContent === "Send it only if it is safe to");
    const button = [...document.querySelectorAll("button")].find((element) => element.textContent === "Copy the message");
    return heading && button ? Boolean(heading.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
  });
  expect(safetyFirst).toBe(true);
  await expect(page.getByRole("link", { name: "Staying safe as you leave" })).toHaveAttribute("href", "/lessons/staying-safe-as-you-leave/");

  await page.getByRole("button", { name: "Copy the message" }).click();
  await expect(page.getByRole("status")).toContainText("Copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(expected);

  await page.getByRole("button", { name: "Keep a dated copy" }).click();
  await expect(page.getByRole("status")).toContainText("Kept on this device, dated");
  expect(JSON.parse((await stored(page, key)) ?? "{}")).toMatchObject({ version: 2, state: "open", messages: { copies: [{ form: { stopDay: "2026-12-01", stopTime: "18:30", children: "a parenting app." } }] } });

  // Reload: the form comes back as it was kept, and can be changed.
  await page.reload();
  await expect(page.locator(".final-message")).toHaveAttribute("data-enhanced", "");
  await expect(page.getByLabel("The date contact stops")).toHaveValue("2026-12-01");
  await expect(page.getByLabel("In person")).not.toBeChecked();
  await expect(page.locator(".kept-copies__item")).toHaveCount(1);
  await page.getByLabel("The time contact stops").fill("09:00");
  const nine = formatTime("2026-12-01", "09:00", locale.intl);
  await expect(message(page)).toContainText(`at ${nine}`);
  await page.getByRole("button", { name: "Keep a dated copy" }).click();
  await expect(page.locator(".kept-copies__item")).toHaveCount(2);
  await expect(page.locator(".kept-copies__text").first()).toContainText(nine);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /^Download the copy kept/ }).first().click()]);
  expect(download.suggestedFilename()).toMatch(/^message-\d{4}-\d{2}-\d{2}\.txt$/);
  const file = readFileSync((await download.path()) ?? "", "utf8");
  expect(file).toMatch(/^Final message, dated .+\n\nThis relationship is over\. /);
  expect(file).toContain(`at ${nine}`);

  // Delete asks first; keeping it changes nothing.
  await page.getByRole("button", { name: /^Delete the copy kept/ }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Keep it" }).click();
  await expect(page.locator(".kept-copies__item")).toHaveCount(2);
  await page.getByRole("button", { name: /^Delete the copy kept/ }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete it" }).click();
  await expect(page.getByRole("status")).toHaveText("That copy has been deleted.");
  await expect(page.getByRole("status")).toBeFocused();
  await expect(page.locator(".kept-copies__item")).toHaveCount(1);
  await expect(page.locator(".kept-copies__text")).not.toContainText(nine);

  await eraseEverything(page);
  await open(page);
  await expect(page.locator(".kept-copies")).toHaveCount(0);
  expect(await stored(page, key)).toBeNull();
  expect(errors).toEqual([]);
});

test("a form with a problem says so beside the field and shows no message or copy button", async ({ page }) => {
  await open(page);
  for (const channel of ["Phone calls", "Texts", "Email", "Social media", "In person"]) await page.getByLabel(channel).uncheck();
  await expect(page.getByText("Choose at least one way of contact to close.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy the message" })).toHaveCount(0);
  await expect(page.getByText("Your message will appear here once the form above is complete.")).toBeVisible();
  await page.getByLabel("The date contact stops").fill("");
  await expect(page.getByLabel("The date contact stops")).toHaveAttribute("aria-invalid", "true");
});

test("with storage blocked the message can still be built, copied and downloaded, and nothing claims to be kept", async ({ page }) => {
  await blockStorage(page);
  const errors = pageErrors(page);
  await open(page);
  await expect(page.getByText("This browser is not letting the site store anything")).toBeVisible();
  await expect(message(page)).toContainText("This relationship is over.");
  await expect(page.getByRole("button", { name: "Keep a dated copy" })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download with today's date" }).click()]);
  expect(readFileSync((await download.path()) ?? "", "utf8")).toContain("This relationship is over.");
  expect(errors).toEqual([]);
});

test("with storage full, keeping a copy says so and the message stays on screen", async ({ page }) => {
  await fillStorageFor(page, key);
  await open(page);
  await page.getByLabel("Arrangements for children (optional)").fill("my solicitor");
  await page.getByRole("button", { name: "Keep a dated copy" }).click();
  await expect(page.getByRole("status")).toContainText("this browser's storage is full. What you wrote is still on screen");
  await expect(message(page)).toContainText("through my solicitor");
  await expect(page.getByLabel("Arrangements for children (optional)")).toHaveValue("my solicitor");
});

test("a damaged copy is left out, the others are shown, and the unreadable value is set aside before a write", async ({ page }) => {
  await seedOnce(page, key, JSON.stringify({ version: 1, copies: [copy("a", "Kept words."), { id: 5, text: null }] }));
  await open(page);
  await expect(page.getByText("Part of what was kept here could not be read")).toBeVisible();
  await expect(page.locator(".kept-copies__text")).toHaveText("Kept words.");
  await expect(page.getByLabel("The date contact stops")).toHaveValue("2026-12-01");
  await page.getByRole("button", { name: "Keep a dated copy" }).click();
  await expect(page.locator(".kept-copies__item")).toHaveCount(2);
  expect(await stored(page, "nocontact:unreadable:final-message")).toContain('\\"id\\":5');
});

test("copies from a newer version are left untouched", async ({ page }) => {
  const newer = JSON.stringify({ version: 99, copies: "different" });
  await seedOnce(page, key, newer);
  await open(page);
  await expect(page.getByText("saved by a newer version of this site")).toBeVisible();
  await expect(page.getByRole("button", { name: "Keep a dated copy" })).toHaveCount(0);
  await expect(message(page)).toContainText("This relationship is over.");
  expect(await stored(page, key)).toBe(newer);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page says the tool needs scripts and links to the lesson", async ({ page }) => {
    await page.goto(path);
    await expect(page.getByText("This tool needs scripts")).toBeVisible();
    await expect(page.getByRole("link", { name: "Your final message" })).toHaveAttribute("href", "/lessons/your-final-message/");
    await expect(page.getByRole("button")).toHaveCount(await page.locator("header button, footer button").count());
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("the tool passes axe built, with kept copies, deleting and with a problem", async ({ page }) => {
      test.slow(); // four axe runs on a shared machine
      await seedOnce(page, key, JSON.stringify({ version: 1, copies: [copy("a", "Kept words.")] }));
      await open(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: /^Delete the copy kept/ }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("dialog").getByRole("button", { name: "Keep it" }).click();
      await page.getByLabel("The date contact stops").fill("");
      await expect(page.getByText("Enter the date contact stops.")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    storageNoticeAxeTests(key, open);
  });
}
