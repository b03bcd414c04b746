import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { contactLogTool, locale } from "@ui-strings";
import { fill } from "../../src/i18n/catalogue";
import { formatDay, formatTime } from "../../src/lib/tools/local-date-time";
import { axeViolations, blockStorage, eraseEverything, fillStorageFor, pageErrors, seedOnce, storageNoticeAxeTests, stored } from "./support/tools";

/** A day, and a day with a time, as the log writes them in the page's language. */
const day = (date: string) => formatDay(date, locale.intl);
const dayAt = (date: string, time: string) => fill(contactLogTool.dateAndTime, { date: day(date), time: formatTime(date, time, locale.intl) });

const key = "nocontact:contact-log";
const path = "/tools/contact-log/";

async function open(page: Page): Promise<void> {
  await page.goto(path);
  await expect(page.locator(".contact-log")).toHaveAttribute("data-enhanced", "");
}

interface Entry {
  date: string;
  time?: string;
  method: string;
  what: string;
  witnesses?: string;
  evidence?: string;
  reported?: boolean;
  policeReference?: string;
  officer?: string;
}

/** Fills the form as a reader would and adds the entry. */
async function addEntry(page: Page, entry: Entry): Promise<void> {
  await page.getByLabel("Date", { exact: true }).fill(entry.date);
  await page.getByLabel("Time (if you know it)").fill(entry.time ?? "");
  await page.getByLabel("How they made contact").selectOption({ label: entry.method });
  await page.getByLabel("What happened").fill(entry.what);
  await page.getByLabel("Witnesses (optional)").fill(entry.witnesses ?? "");
  await page.getByLabel("Evidence kept (optional)").fill(entry.evidence ?? "");
  await page.getByLabel(entry.reported ? "Yes" : "No", { exact: true }).check();
  await page.getByLabel("Police reference number (optional)").fill(entry.policeReference ?? "");
  await page.getByLabel("Officer's name or number (optional)").fill(entry.officer ?? "");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByRole("status")).toHaveText("Added to the log on this device.");
}

/** A stored entry, as versions 1 and 2 write it (version 1 in the open beside `version`; seeding it tests the migration). */
function storedEntry(id: string, date: string, what: string) {
  return {
    id,
    date,
    time: "",
    method: "text",
    what,
    witnesses: "",
    evidence: "",
    reported: "no",
    policeReference: "",
    officer: "",
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:00:00.000Z",
  };
}

const entryHeadings = (page: Page) => page.locator(".contact-log__entry h3");

test("add with checks, sort by date, reload, edit and delete; erase-all removes the log", async ({ page }) => {
  const errors = pageErrors(page);
  await open(page);
  await expect(page.getByText("Write only facts, with dates")).toBeVisible();
  await expect(page.getByText("No entries yet.")).toBeVisible();

  // Nothing filled in but the date: each problem is named beside its field, focus on the first.
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByRole("status")).toHaveText("Not saved yet: please check the fields marked below.");
  await expect(page.getByText("Choose how they made contact.")).toBeVisible();
  await expect(page.getByText("Write what happened.")).toBeVisible();
  await expect(page.getByLabel("How they made contact")).toBeFocused();
  await expect(page.getByLabel("What happened")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Date", { exact: true }).fill("2999-01-01");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByText("The date can't be in the future.")).toBeVisible();
  expect(await stored(page, key)).toBeNull();

  await addEntry(page, { date: "2026-11-20", time: "21:15", method: "Phone call", what: "Called four times. I did not answer.", evidence: "Call log screenshot" });
  await addEntry(page, { date: "2026-11-02", method: "In person", what: "Waited outside my work at 5pm.", witnesses: "Sam", reported: true, policeReference: "AB/123/26", officer: "PC 4521" });
  await expect(entryHeadings(page)).toHaveText([day("2026-11-02"), dayAt("2026-11-20", "21:15")]);
  await expect(page.locator(".contact-log__entry").first()).toContainText("AB/123/26");

  await page.reload();
  await expect(page.locator(".contact-log")).toHaveAttribute("data-enhanced", "");
  await expect(entryHeadings(page)).toHaveCount(2);

  // Edit: the form takes the entry, a new date moves it into place.
  await page.getByRole("button", { name: new RegExp(`^Edit the entry from ${day("2026-11-20")}`) }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^Edit the entry from ${day("2026-11-20")}`) })).toBeVisible();
  await expect(page.getByLabel("Date", { exact: true })).toBeFocused();
  await expect(page.getByLabel("What happened")).toHaveValue("Called four times. I did not answer.");
  await page.getByLabel("Date", { exact: true }).fill("2026-11-01");
  await page.getByLabel("What happened").fill("Called four times from a new number.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Changes saved on this device.");
  await expect(entryHeadings(page)).toHaveText([dayAt("2026-11-01", "21:15"), day("2026-11-02")]);
  await expect(page.locator(".contact-log__entry").first()).toContainText("Called four times from a new number.");
  await expect(page.getByRole("heading", { name: "Add an entry" })).toBeVisible();

  // Delete asks first.
  await page.getByRole("button", { name: new RegExp(`^Delete the entry from ${day("2026-11-02")}`) }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Keep it" }).click();
  await expect(entryHeadings(page)).toHaveCount(2);
  await page.getByRole("button", { name: new RegExp(`^Delete the entry from ${day("2026-11-02")}`) }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete it" }).click();
  await expect(page.getByRole("status")).toHaveText("That entry has been deleted.");
  await expect(page.getByRole("status")).toBeFocused();
  await expect(entryHeadings(page)).toHaveCount(1);
  const log = JSON.parse((await stored(page, key)) ?? "{}");
  expect(log).toMatchObject({ version: 2, state: "open", log: { entries: [{ date: "2026-11-01", time: "21:15", method: "call", what: "Called four times from a new number." }] } });

  await eraseEverything(page);
  await open(page);
  await expect(page.getByText("No entries yet.")).toBeVisible();
  expect(await stored(page, key)).toBeNull();
  expect(errors).toEqual([]);
});

test("erasing everything in another tab clears the log and the form's unsaved words, and nothing is written back", async ({ context }) => {
  const page = await context.newPage();
  await open(page);
  await addEntry(page, { date: "2026-11-02", method: "Email", what: "Saved entry." });
  await page.getByLabel("What happened").fill("Unsaved words.");

  const safety = await context.newPage();
  await eraseEverything(safety);
  await expect(page.getByText("No entries yet.")).toBeVisible();
  await expect(page.getByLabel("What happened")).toHaveValue("");
  expect(await stored(page, key)).toBeNull();
});

test("the CSV export quotes by RFC 4180 and neutralises formulas in hostile text", async ({ page }) => {
  await open(page);
  await addEntry(page, {
    date: "2026-11-03",
    time: "08:05",
    method: "Email",
    what: '=HYPERLINK("http://example.invalid","click"), then\nsaid "you\'ll regret it"',
    witnesses: "+44 neighbour",
    evidence: "@SUM(A1:A2)",
    reported: true,
    policeReference: "-2+3",
    officer: "\tPC Tab",
  });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as a spreadsheet (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^records-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path()) ?? "", "utf8");
  expect(csv).toBe(
    "\uFEFFDate,Time,How,What happened,Witnesses,Evidence kept,Reported to police,Police reference,Officer\r\n" +
      `2026-11-03,08:05,Email,"'=HYPERLINK(""http://example.invalid"",""click""), then\nsaid ""you'll regret it""",'+44 neighbour,'@SUM(A1:A2),Yes,'-2+3,'\tPC Tab\r\n`,
  );
});

test("the printout shows the reader's title, the dates and the table, without site chrome, on A4", async ({ page }) => {
  await seedOnce(
    page,
    key,
    JSON.stringify({ version: 1, entries: [storedEntry("a", "2026-10-05", "First text."), storedEntry("b", "2026-11-05", "Second text."), storedEntry("c", "2026-11-25", "Third text.")] }),
  );
  await open(page);
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("2026-10-05");
  await page.getByLabel("Title at the top of the printout").fill("For PC Smith");
  await page.getByLabel("From", { exact: true }).fill("2026-11-01");
  await expect(page.getByText("Entries in these dates: 2")).toBeVisible();
  await page.getByLabel("To", { exact: true }).fill("2026-10-01");
  await expect(page.getByText("The “From” date must be on or before the “To” date.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Print these entries" })).toBeDisabled();
  await page.getByLabel("To", { exact: true }).fill("2026-11-30");

  await page.emulateMedia({ media: "print" });
  // A4's printable width at 12 mm margins, in CSS pixels.
  await page.setViewportSize({ width: 703, height: 1000 });
  const printout = page.locator(".contact-log-print");
  await expect(printout).toBeVisible();
  await expect(printout.getByRole("heading", { level: 2 })).toHaveText("For PC Smith");
  await expect(printout).toContainText(fill(contactLogTool.printRange, { from: day("2026-11-01"), to: day("2026-11-30") }));
  await expect(printout.locator("tbody tr")).toHaveCount(2);
  await expect(printout.locator("tbody")).toContainText("Second text.");
  await expect(printout.locator("tbody")).not.toContainText("First text.");
  for (const hidden of [".site-chrome", "h1", ".contact-log__form", ".contact-log__entries", ".contact-log__note", "footer"]) {
    for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
  }
  const fits = await printout.locator("table").evaluate((table) => table.scrollWidth <= (table.parentElement?.clientWidth ?? 0));
  expect(fits).toBe(true);

  const dir = mkdtempSync(join(tmpdir(), "contact-log-"));
  const file = join(dir, "log.pdf");
  writeFileSync(file, await page.pdf({ format: "A4", margin: { top: "12mm", right: "12mm", bottom: "12mm", left: "12mm" } }));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain("For PC Smith");
  expect(text).toContain("Third text.");
  expect(text).not.toContain("Exit this page");
  expect(text).not.toContain("Add an entry");
});

test("with storage blocked the page says so, shows no form that can't save, and nothing breaks", async ({ page }) => {
  await blockStorage(page);
  const errors = pageErrors(page);
  await open(page);
  await expect(page.getByText("This browser is not letting the site store anything")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to the log" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("with storage full, adding says so and keeps every word in the form", async ({ page }) => {
  await fillStorageFor(page, key);
  await open(page);
  await page.getByLabel("How they made contact").selectOption({ label: "Text message" });
  await page.getByLabel("What happened").fill("Words that must not be lost.");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.getByRole("status")).toContainText("this browser's storage is full. What you wrote is still on screen");
  await expect(page.getByLabel("What happened")).toHaveValue("Words that must not be lost.");
});

test("a damaged entry is left out, the rest are shown, and it is set aside before the next save", async ({ page }) => {
  await seedOnce(page, key, JSON.stringify({ version: 1, entries: [storedEntry("a", "2026-11-05", "Kept entry."), { id: "b", date: "not a date" }] }));
  await open(page);
  await expect(page.getByText("Part of what was kept here could not be read")).toBeVisible();
  await expect(page.locator(".contact-log__entry")).toHaveCount(1);
  await page.getByLabel("How they made contact").selectOption({ label: "Email" });
  await page.getByLabel("What happened").fill("A new entry.");
  await page.getByRole("button", { name: "Add to the log" }).click();
  await expect(page.locator(".contact-log__entry")).toHaveCount(2);
  expect(await stored(page, "nocontact:unreadable:contact-log")).toContain("not a date");
});

test("a log from a newer version is shown as unreadable and left untouched", async ({ page }) => {
  const newer = JSON.stringify({ version: 99, entries: "different" });
  await seedOnce(page, key, newer);
  await open(page);
  await expect(page.getByText("saved by a newer version of this site")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add to the log" })).toHaveCount(0);
  expect(await stored(page, key)).toBe(newer);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page keeps the note, says the tool needs scripts and links to the lesson", async ({ page }) => {
    await page.goto(path);
    await expect(page.getByText("Write only facts, with dates")).toBeVisible();
    await expect(page.getByText("This tool needs scripts")).toBeVisible();
    await expect(page.getByRole("link", { name: "Harassment and the police" })).toHaveAttribute("href", "/lessons/harassment-and-the-police/");
    await expect(page.getByRole("button", { name: "Add to the log" })).toHaveCount(0);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("the log passes axe empty, with problems, with entries, editing and deleting", async ({ page }) => {
      test.slow(); // five axe runs on a shared machine
      await open(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Add to the log" }).click();
      await expect(page.getByText("Write what happened.")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await addEntry(page, { date: "2026-11-02", method: "In person", what: "At the door.", reported: true, policeReference: "X1" });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: /^Edit the entry/ }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: /^Delete the entry/ }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    storageNoticeAxeTests(key, open);
  });
}
