import { lockPanel, myReflections, safetyPlan, toolLockNote } from "@ui-strings";
import { expect, test, type Page } from "@playwright/test";
import { firstLesson, lockReflections, openLessonPrompts, writeAndWaitForSave } from "./support/reflections";
import { expectAxeClean } from "./support/tools";

const passphrase = "blue kettle morning";

/** What each tool kept before the lock reached it (version 1, in the open), and a word of it that must never be stored readable once locked. */
const tools = [
  {
    path: "/tools/contact-log/",
    key: "nocontact:contact-log",
    secret: "Called from a new number",
    value: {
      version: 1,
      entries: [
        {
          id: "a",
          date: "2026-11-05",
          time: "",
          method: "call",
          what: "Called from a new number",
          witnesses: "",
          evidence: "",
          reported: "no",
          policeReference: "",
          officer: "",
          createdAt: "2026-11-05T10:00:00.000Z",
          updatedAt: "2026-11-05T10:00:00.000Z",
        },
      ],
    },
  },
  {
    path: "/tools/final-message/",
    key: "nocontact:final-message",
    secret: "Kept final words",
    value: { version: 1, copies: [{ id: "a", savedAt: "2026-11-29T10:00:00.000Z", text: "Kept final words", form: { stopDay: "2026-12-01", stopTime: "18:30", channels: ["phone"], children: "" } }] },
  },
  {
    path: "/tools/pause/",
    key: "nocontact:pause-notes",
    secret: "Unsent words",
    value: { version: 1, notes: [{ text: "Unsent words", written: "2026-11-28T09:00:00.000Z" }], people: ["My sister"] },
  },
  {
    path: "/tools/safety-plan/",
    key: "nocontact:safety-plan",
    secret: "Blue umbrella",
    value: { version: 1, codeWord: "Blue umbrella" },
  },
] as const;

const unlockForm = (page: Page) => page.locator("form.reflection-unlock");

/** Writes a reflection, puts every tool's old open data in place, then sets the one passphrase on My reflections. */
async function lockEverything(page: Page) {
  await openLessonPrompts(page);
  await writeAndWaitForSave(page, firstLesson.feelingPrompt, "A reflection");
  await page.evaluate((values) => {
    for (const [key, value] of values) localStorage.setItem(key, JSON.stringify(value));
  }, tools.map((tool) => [tool.key, tool.value] as const));
  await lockReflections(page, passphrase);
}

/** Moves the pause on to its write step, where the notes are. */
async function showPauseNotes(page: Page) {
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: "What do you want to say?" })).toBeFocused();
}

test("one passphrase set on My reflections seals every tool's store; each tool page shows the unlock form, not the data", async ({ page }) => {
  await lockEverything(page);
  for (const tool of tools) {
    const stored = (await page.evaluate((key) => localStorage.getItem(key), tool.key)) ?? "";
    expect(JSON.parse(stored)).toMatchObject({ version: 2, state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM" } });
    expect(stored).not.toContain(tool.secret);

    await page.goto(tool.path);
    if (tool.path === "/tools/pause/") await showPauseNotes(page);
    await expect(unlockForm(page)).toBeVisible();
    // The passphrase is masked here as on My reflections (the tool pages load the same form styles).
    await expect(page.getByLabel("Passphrase", { exact: true })).toHaveCSS("-webkit-text-security", "disc");
    await expect(page.getByText(tool.secret)).toHaveCount(0);
    await expectAxeClean(page);
  }
});

test("one unlock on a tool page opens every sensitive store on it; a wrong passphrase says so and loses nothing", async ({ page }) => {
  await lockEverything(page);
  await page.goto("/tools/contact-log/");
  const before = await page.evaluate(() => localStorage.getItem("nocontact:contact-log"));

  await page.getByLabel("Passphrase", { exact: true }).fill("wrong kettle");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("That passphrase did not unlock them. Nothing has been changed.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("nocontact:contact-log"))).toBe(before);

  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "Called from a new number" })).toBeVisible();
  await expect(unlockForm(page)).toHaveCount(0);

  // Changed while unlocked, the log is written sealed again, with every entry kept.
  await page.getByLabel("How they made contact").selectOption({ label: "Phone call" });
  await page.getByLabel("What happened").fill("Waited outside work");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByRole("status")).toHaveText("Added to the log on this device.");
  const stored = (await page.evaluate(() => localStorage.getItem("nocontact:contact-log"))) ?? "";
  expect(JSON.parse(stored)).toMatchObject({ version: 2, state: "locked" });
  expect(stored).not.toContain("Waited outside work");
  await page.reload();
  await expect(unlockForm(page)).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "Called from a new number" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Waited outside work" })).toBeVisible();
});

test("the safety plan and the pause notes open with the passphrase; the pause count stays readable", async ({ page }) => {
  await lockEverything(page);
  await page.goto("/tools/safety-plan/");
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.locator("#plan-codeWord")).toHaveValue("Blue umbrella");

  await page.goto("/tools/pause/");
  await showPauseNotes(page);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  // The kept notes sit behind a "show" toggle; they are on the page again, read from the sealed store.
  await expect(page.locator(".pause__note-text")).toHaveText(["Unsent words"]);
});

test("words typed into an unlocked safety plan just before leaving are kept, and stay sealed", async ({ page }) => {
  await lockEverything(page);
  await page.goto("/tools/safety-plan/");
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await page.getByLabel("What I will do", { exact: true }).pressSequentially("Call my sister");
  await page.goto("/help/");

  const stored = await page.evaluate(() => localStorage.getItem("nocontact:safety-plan") ?? "");
  expect(JSON.parse(stored).state).toBe("locked");
  expect(stored).not.toContain("Call my sister");
  await page.goto("/tools/safety-plan/");
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByLabel("What I will do", { exact: true })).toHaveValue("Call my sister");
  await expect(page.locator("#plan-codeWord")).toHaveValue("Blue umbrella");
});

test("the final-message builder still works while its kept copies are locked, and unlocking shows them", async ({ page }) => {
  await lockEverything(page);
  await page.goto("/tools/final-message/");
  await expect(unlockForm(page)).toBeVisible();
  await expect(page.locator(".final-message__text")).toContainText("This relationship is over.");
  await expect(page.getByRole("button", { name: "Keep a dated copy" })).toHaveCount(0);
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("Kept final words")).toBeVisible();
});

test("erase-all removes every locked tool store without the passphrase", async ({ page }) => {
  await lockEverything(page);
  await page.goto("/safety/");
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("[data-erase-status]")).toContainText("Erased from this browser");
  expect(await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), tools.map((tool) => tool.key))).toEqual([null, null, null, null]);
  await page.goto("/tools/contact-log/");
  await expect(page.locator(".contact-log")).toHaveAttribute("data-enhanced", "");
  await expect(unlockForm(page)).toHaveCount(0);
});

test("with only a safety plan kept, its page says where to lock it, and My reflections offers the lock that seals it", async ({ page }) => {
  await page.goto("/tools/safety-plan/");
  await page.getByLabel(safetyPlan.codeWordLabel).fill("Blue umbrella");
  await expect(page.locator(".plan-status")).toHaveText(safetyPlan.saved);
  await page.locator("#main").getByRole("link", { name: toolLockNote.link }).click();
  await expect(page).toHaveURL(/\/reflections\/$/);
  await expect(page.getByText(myReflections.empty)).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel(lockPanel.again).fill(passphrase);
  await page.getByRole("button", { name: lockPanel.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: lockPanel.locked })).toBeVisible();
  const stored = (await page.evaluate(() => localStorage.getItem("nocontact:safety-plan"))) ?? "";
  expect(JSON.parse(stored)).toMatchObject({ state: "locked" });
  expect(stored).not.toContain("Blue umbrella");
  await page.goto("/tools/safety-plan/");
  await expect(unlockForm(page)).toBeVisible();
});
