import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { emergencyGroups, helpRegions } from "../../src/lib/helplines";
import { courseLessons } from "./support/lessons";

/** The lessons on the sheet, in the sheet's order, and every tip on it, read from the lessons. */
const sheetLessons = courseLessons()
  .filter((lesson) => lesson.data.topTips)
  .sort((a, b) => (a.data.topTips?.place ?? 0) - (b.data.topTips?.place ?? 0));
const tips = sheetLessons.flatMap((lesson) => lesson.data.keyPoints);
/** The first group of emergency numbers on the sheet, as the sheet writes it: number, then its countries in brackets. */
const firstEmergency = emergencyGroups(helpRegions)[0];
const chrome = ["Exit this page", "Search the course", "No Contact keeps nothing about you", "Skip to main content", "Print this page"];

/** Prints the page as Chromium does, at the browser's usual half-inch margins, and reads the PDF back with poppler. */
async function printToPdf(page: Page, format: "A4" | "Letter"): Promise<{ pages: number; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), "top-tips-"));
  try {
    const file = join(dir, `top-tips-${format}.pdf`);
    writeFileSync(file, await page.pdf({ format, landscape: false, margin: { top: "0.5in", right: "0.5in", bottom: "0.5in", left: "0.5in" } }));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    return { pages, text: text.replace(/\s+/g, " ") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const format of ["A4", "Letter"] as const) {
  test(`the top-tips sheet prints on exactly one ${format} page, with the tips and none of the site chrome`, async ({ page }) => {
    await page.goto("/top-tips/");
    await expect(page.getByRole("button", { name: "Print this page" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const { pages, text } = await printToPdf(page, format);
    console.log(`top-tips ${format}: ${pages} page(s)`);
    expect(pages).toBe(1);
    for (const tip of tips) expect(text).toContain(tip.replace(/\s+/g, " "));
    expect(text).toContain(`${firstEmergency?.ways[0]?.number} (${firstEmergency?.countries.join(", ")})`);
    for (const unwanted of chrome) expect(text).not.toContain(unwanted);
  });
}

test("the printed sheet uses type of at least 10 points", async ({ page }) => {
  await page.goto("/top-tips/");
  await page.emulateMedia({ media: "print" });
  const smallest = await page.evaluate(() => {
    const sizes = [...document.querySelectorAll<HTMLElement>("main *")]
      .filter((element) => element.checkVisibility() && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
      .map((element) => parseFloat(getComputedStyle(element).fontSize));
    return Math.min(...sizes);
  });
  // 10pt is 13.33 CSS pixels.
  expect(smallest).toBeGreaterThanOrEqual(10 * (96 / 72) - 0.01);
});

test("on screen the sheet reads as a normal page drawn from the lessons", async ({ page }) => {
  await page.goto("/top-tips/");
  await expect(page.locator("h1")).toHaveText("Top tips to keep close");
  await expect(page.getByRole("link", { name: "Exit this page" })).toBeVisible();
  const headings = sheetLessons.map((lesson) => lesson.data.topTips?.heading ?? "");
  await expect(page.locator(".top-tips__section h2")).toHaveText(headings);
  for (const tip of tips) await expect(page.getByText(tip, { exact: true })).toBeVisible();
  for (const { slug, data } of sheetLessons) {
    await expect(page.getByRole("link", { name: data.title, exact: true })).toHaveAttribute("href", `/lessons/${slug}/`);
  }
});

test("built without SITE_URL, the sheet prints no made-up address, only the link to the help page", async ({ page }) => {
  await page.goto("/top-tips/");
  const pointer = page.getByText(/More on the help page/);
  await expect(pointer.getByRole("link", { name: "the help page" })).toHaveAttribute("href", "/help/");
  await expect(pointer).not.toContainText("nocontact.example");
  await expect(page.locator(".top-tips__url")).toHaveCount(0);
});

test("the print button opens the browser's print dialog", async ({ page }) => {
  await page.goto("/top-tips/");
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Print this page" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the print button stays hidden and the page still explains how to print", async ({ page }) => {
    await page.goto("/top-tips/");
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();
    await expect(page.getByText("your browser's Print command")).toBeVisible();
  });
});

test("a lesson prints its content only, without buttons or site chrome", async ({ page }) => {
  const lesson = sheetLessons[0];
  await page.goto(`/lessons/${lesson?.slug}/`);
  await page.emulateMedia({ media: "print" });
  const { text } = await printToPdf(page, "A4");
  expect(text).toContain(lesson?.data.title);
  expect(text).toContain("Key points");
  expect(text).toContain("If you are in danger now");
  for (const unwanted of chrome) expect(text).not.toContain(unwanted);
  await expect(page.locator(".lesson-nav")).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  for (const button of await page.locator("main button").all()) await expect(button).toBeHidden();
});
