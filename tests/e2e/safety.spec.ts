import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { storageKeys, unreadableKey } from "../../src/lib/storage/storage-keys";

async function seed(page: Page) {
  await page.evaluate(() => {
    localStorage.setItem("nocontact:progress", JSON.stringify({ version: 2, completed: { "when-it-ends": "2026-11-02" }, lastOpened: null }));
    localStorage.setItem("nocontact:reflections", JSON.stringify({ version: 1, answers: {} }));
    localStorage.setItem("another-site:setting", "keep me");
  });
}

async function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).sort());
}

test("the safety page covers the quick exit, private browsing, history, safer devices and spyware", async ({ page }) => {
  await page.goto("/safety/");
  await expect(page.locator("h1")).toHaveCount(1);
  for (const heading of [
    "Leave a page fast",
    "Use a private window",
    "Remove single pages from your history",
    "Use a safer device",
    "If your phone or computer may be watched",
    "Erase what this site stored",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("The quick exit does not erase your browsing history.")).toBeVisible();
  await expect(page.getByText("An empty history can make someone suspicious")).toBeVisible();
  await expect(page.getByText("opens an everyday website in a new tab, and swaps this tab")).toBeVisible();
});

test("the safety page lists every trace the site can leave, and what removes each", async ({ page }) => {
  await page.goto("/safety/");
  await expect(page.getByRole("heading", { level: 2, name: "Everything this site can leave behind" })).toBeVisible();
  const traces = page.locator(".traces");
  for (const trace of [
    "Pages in your browsing history",
    "What you save here, stored in this browser",
    "A file you download",
    "A printed sheet, or one saved as a PDF",
    "Words you copy",
    "Saved passwords and form entries",
  ]) {
    await expect(traces.getByRole("term").filter({ hasText: trace })).toBeVisible();
  }
});

test("the stored trace names every key in the store registry and where set-aside copies go", async ({ page }) => {
  await page.goto("/safety/");
  const stored = page.locator(".traces dd").nth(1);
  for (const key of Object.values(storageKeys)) await expect(stored.getByText(key, { exact: true })).toBeVisible();
  await expect(stored.getByText(unreadableKey(storageKeys.progress), { exact: true })).toBeVisible();
  await expect(stored.getByRole("link", { name: "Erase everything this site stored" })).toHaveAttribute("href", "#erase-data-heading");
});

test("the download trace names every file the site offers, as each download names it", async ({ page }) => {
  await page.goto("/safety/");
  const files = page.locator(".traces__files li");
  const day = String.raw`\d{4}-\d{2}-\d{2}`;
  await expect(files).toHaveText([
    new RegExp(`^Your reflections, .*notes-${day}\\.txt or notes-${day}\\.md$`),
    new RegExp(`^A copy of your final message, .*message-${day}\\.txt$`),
    new RegExp(`^Your log of unwanted contact .*records-${day}\\.csv$`),
    new RegExp(`^“Download everything” .*notes-${day}\\.json$`),
    new RegExp(`^A copy of something that could not be read: saved-data-${day}\\.txt$`),
  ]);
  await expect(page.locator(".traces dd").nth(3)).toContainText("your log of unwanted contact and your safety plan");
});

test("each file name on the safety page is the name the download gets", async ({ page }) => {
  await page.goto("/safety/");
  const listed = await page.locator(".traces__files code").allTextContents();
  await page.evaluate(() => localStorage.setItem("nocontact:progress", JSON.stringify({ version: 2, completed: {}, lastOpened: null })));
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download everything" }).click();
  const everything = (await downloading).suggestedFilename();
  const pattern = (name: string) => name.replace(/\d{4}-\d{2}-\d{2}/, "DATE");
  expect(listed.map(pattern)).toContain(pattern(everything));
});

test("erasing asks first, removes only this site's keys, and says what it removed", async ({ page }) => {
  await page.goto("/safety/");
  await seed(page);
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  const dialog = page.getByRole("dialog", { name: "Erase everything?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("nc-erase-site-data").getByRole("status")).toHaveText("Erased from this browser: Your progress, Your reflections.");
  expect(await storedKeys(page)).toEqual(["another-site:setting"]);
  await expect(page.getByRole("button", { name: "Erase everything this site stored" })).toBeFocused();
});

test("cancelling erases nothing", async ({ page }) => {
  await page.goto("/safety/");
  await seed(page);
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.locator("nc-erase-site-data").getByRole("status")).toHaveText("");
  expect(await storedKeys(page)).toEqual(["another-site:setting", "nocontact:progress", "nocontact:reflections"]);
});

test("erasing names unknown keys and clears session storage too", async ({ page }) => {
  await page.goto("/safety/");
  await page.evaluate(() => {
    localStorage.setItem("nocontact:progress", "{}");
    sessionStorage.setItem("nocontact:draft", "{}");
  });
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("nc-erase-site-data").getByRole("status")).toHaveText("Erased from this browser: Your progress, nocontact:draft.");
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
});

test("erasing when nothing was stored says so", async ({ page }) => {
  await page.goto("/safety/");
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("nc-erase-site-data").getByRole("status")).toHaveText("Nothing was stored, so there was nothing to erase.");
});

test("erasing when the browser blocks storage says so instead of failing", async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    }
  });
  await page.goto("/safety/");
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("nc-erase-site-data").getByRole("status")).toHaveText(/blocking storage/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page explains how to clear this site's data in the browser instead", async ({ page }) => {
    await page.goto("/safety/");
    await expect(page.getByRole("button", { name: "Erase everything this site stored" })).toBeHidden();
    await expect(page.getByText("Erasing from this page needs JavaScript")).toBeVisible();
  });
});

test("the safety page says exactly what each action stores", async ({ page }) => {
  await page.goto("/safety/");
  const list = page.locator(".erase-data__stores");
  await expect(page.getByRole("heading", { level: 3, name: "What each action stores" })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveText([
    /^Reading a lesson, searching, opening the help or safety pages, or using the quick exit stores nothing until you save something yourself\./,
    /^Your progress \(kept under the name nocontact:progress\)\. When you press “Mark lesson complete”.* opening a lesson also updates which lesson you opened last/,
    /^Your reflections \(kept under the name nocontact:reflections\)\. When you write in a lesson's “Write it down” box/,
    /^Your safety plan \(kept under the name nocontact:safety-plan\)\. When you write or tick anything on the safety plan page/,
    /^Your day counter \(kept under the name nocontact:day-counter\)\. When you set a start date on the day counter/,
    /^Your unsent notes \(kept under the name nocontact:pause-notes\)\. When you keep a note or add someone to call/,
    /^Your pause count \(kept under the name nocontact:pause-count\)\. When you say an urge has passed/,
    /^Your final message \(kept under the name nocontact:final-message\)\. When you press “Keep a dated copy”/,
    /^Your log of unwanted contact \(kept under the name nocontact:contact-log\)\. When you add, change or delete an entry/,
    /can't be read .* a copy is kept under its own name, such as nocontact:unreadable:progress/,
  ]);
});

test("Download everything saves every store as stored, locked reflections still locked, and leaves the rest alone", async ({ page }) => {
  await page.goto("/safety/");
  const lock = { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", iterations: 600000, salt: "c2FsdHNhbHRzYWx0c2FsdA==", iv: "aXZpdml2aXZpdml2", ciphertext: "Y2lwaGVy" };
  await page.evaluate((locked) => {
    localStorage.setItem("nocontact:progress", JSON.stringify({ version: 2, completed: { "when-it-ends": "2026-11-02" }, lastOpened: null }));
    localStorage.setItem("nocontact:reflections", JSON.stringify({ version: 1, state: "locked", lock: locked }));
    localStorage.setItem("another-site:setting", "keep me");
  }, lock);
  await expect(page.getByText("Locked reflections stay locked in it")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download everything" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(file.stored).toEqual([
    { key: "nocontact:progress", value: { version: 2, completed: { "when-it-ends": "2026-11-02" }, lastOpened: null } },
    { key: "nocontact:reflections", value: { version: 1, state: "locked", lock } },
  ]);
  await expect(page.locator("nc-erase-site-data").getByRole("status")).toHaveText("Downloaded. Delete the file when you no longer need it.");
  expect(await storedKeys(page)).toEqual(["another-site:setting", "nocontact:progress", "nocontact:reflections"]);
});
