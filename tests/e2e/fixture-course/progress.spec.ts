// Progress and Continue on the three-lesson fixture course served under a sub-path (playwright.config.ts,
// project "fixture"): paths here are relative to the course's base.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fixtureLessons } from "../support/lessons";
import { openLessonPrompts } from "../support/reflections";
import { expectAxeClean } from "../support/tools";

const lessons = fixtureLessons();
const total = lessons.length;
const [first, second, third] = lessons.map((lesson) => ({ ...lesson, path: `lessons/${lesson.slug}/` }));
if (!first || !second || !third) throw new Error("The fixture course needs three lessons");
const toggle = (page: Page) => page.getByRole("button", { name: "Mark lesson complete" }).first();

/** Collects uncaught errors thrown in the page. */
function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}

test("marking a lesson complete survives a reload and shows on the home page", async ({ page }) => {
  await page.goto(first.path);
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await expect(toggle(page)).toHaveAccessibleName("Mark lesson complete: Completed");
  await expect(toggle(page)).toHaveText(/Completed$/);

  await page.reload();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");

  await page.goto("");
  await expect(page.getByText(`1 of ${total} lessons complete`)).toBeVisible();
  await expect(page.locator(`[data-lesson="${first.slug}"]`)).toContainText("(completed)");
  await page.getByRole("link", { name: `Continue with lesson 2: ${second.data.title}` }).click();
  await expect(page).toHaveURL(second.path);
});

test("opening a lesson stores nothing until the reader acts", async ({ page }) => {
  await page.goto(third.path);
  await expect(toggle(page)).toBeEnabled();
  await openLessonPrompts(page, third.slug, third.path);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["nocontact:progress"]);
});

test("once progress is saved, Continue goes to the lesson read last", async ({ page }) => {
  await page.goto(first.path);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await page.goto(third.path);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("nocontact:progress") ?? "{}").lastOpened)).toBe(third.slug);
  await page.goto("");
  await page.getByRole("link", { name: `Continue with lesson 3: ${third.data.title}` }).click();
  await expect(page).toHaveURL(third.path);
});

test("Continue goes past the last finished lesson, not back to the start", async ({ page }) => {
  await page.goto(second.path);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Press it again to undo.").first()).toBeVisible();
  await page.goto("");
  await page.getByRole("link", { name: `Continue with lesson 3: ${third.data.title}` }).click();
  await expect(page).toHaveURL(third.path);
});

test("unmarking a lesson takes it off the count", async ({ page }) => {
  await page.goto(first.path);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "false");
  await page.goto("");
  await expect(page.getByText(`0 of ${total} lessons complete`)).toBeVisible();
  // Still the lesson the reader opened last, and not finished.
  await expect(page.getByRole("link", { name: `Continue with lesson 1: ${first.data.title}` })).toBeVisible();
});

test("the toggle at the end of the lesson stays in step with the one at the top", async ({ page }) => {
  await page.goto(second.path);
  const buttons = page.getByRole("button", { name: "Mark lesson complete" });
  await expect(buttons).toHaveCount(2);
  await buttons.last().click();
  await expect(buttons.first()).toHaveAttribute("aria-pressed", "true");
});

test("two tabs stay in step", async ({ context }) => {
  const lesson = await context.newPage();
  const home = await context.newPage();
  await home.goto("");
  await expect(home.getByText(`0 of ${total} lessons complete`)).toBeVisible();
  await lesson.goto(third.path);
  await toggle(lesson).click();
  await expect(home.getByText(`1 of ${total} lessons complete`)).toBeVisible();
  await expect(home.locator(`[data-lesson="${third.slug}"]`)).toContainText("(completed)");
});

test("reset asks first in the site's own dialog, then clears progress", async ({ page }) => {
  await page.goto(first.path);
  await toggle(page).click();
  await page.goto("");
  // Never the browser's own confirm(): a test that saw one would fail here.
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected browser dialog: ${dialog.message()}`);
  });
  const reset = page.getByRole("button", { name: "Reset progress" });
  await reset.click();
  const dialog = page.getByRole("dialog", { name: "Reset your progress?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(reset).toBeFocused();
  await expect(page.getByText(`1 of ${total} lessons complete`)).toBeVisible();
  await reset.click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByText(`0 of ${total} lessons complete`)).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the reset dialog, open, has no WCAG 2.2 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(first.path);
    await toggle(page).click();
    await page.goto("");
    await page.getByRole("button", { name: "Reset progress" }).click();
    await expect(page.getByRole("dialog", { name: "Reset your progress?" })).toBeVisible();
    await expectAxeClean(page);
  });
}

test("all lessons complete offers to read again", async ({ page }) => {
  await page.addInitScript((slugs) => {
    const completed = Object.fromEntries(slugs.map((slug) => [slug, "2026-11-01"]));
    localStorage.setItem("nocontact:progress", JSON.stringify({ version: 2, completed }));
  }, lessons.map((lesson) => lesson.slug));
  await page.goto("");
  await expect(page.getByText(`${total} of ${total} lessons complete`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the course again from lesson 1" })).toBeVisible();
});

for (const [name, stored] of [
  ["corrupt JSON", "{not json"],
  ["a wrong shape", JSON.stringify({ version: 2, completed: ["a"] })],
  ["a newer version", JSON.stringify({ version: 99, everything: "different" })],
  ["retired slugs", JSON.stringify({ version: 2, completed: { "old-lesson": "2025-01-01" } })],
] as const) {
  test(`${name} under the key causes no page error and counts nothing`, async ({ page }) => {
    const errors = pageErrors(page);
    await page.addInitScript((value) => localStorage.setItem("nocontact:progress", value), stored);
    await page.goto("");
    await expect(page.getByText(`0 of ${total} lessons complete`)).toBeVisible();
    await page.goto(first.path);
    await expect(page.locator("h1")).toHaveText(first.data.title);
    await expect(toggle(page)).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test("data from a newer version is left untouched", async ({ page }) => {
  const newer = JSON.stringify({ version: 99, everything: "different" });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("nocontact:progress", value);
      sessionStorage.setItem("seeded", "yes");
    }
  }, newer);
  await page.goto(first.path);
  await expect(page.locator(".complete-toggle__message").first()).toContainText("newer version");
  expect(await page.evaluate(() => localStorage.getItem("nocontact:progress"))).toBe(newer);
});

test.describe("with storage blocked", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
  });

  test("every lesson can still be read and the toggle explains why it can't save", async ({ page }) => {
    const errors = pageErrors(page);
    for (const { slug } of lessons) {
      await page.goto(`lessons/${slug}/`);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.locator("[data-content]")).not.toBeEmpty();
    }
    await expect(page.locator(".complete-toggle__message").first()).toContainText("progress can't be saved on this device");
    await expect(toggle(page)).toBeDisabled();
    await page.goto("");
    await expect(page.getByText("Progress can't be saved or read on this device")).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("no broken controls are shown and the lessons are listed", async ({ page }) => {
    await page.goto(first.path);
    await expect(page.getByRole("button", { name: "Mark lesson complete" })).toHaveCount(0);
    await page.goto("");
    await expect(page.locator(".lesson-list__item")).toHaveCount(total);
    await expect(page.getByText(/lessons complete/)).toBeHidden();
  });
});

test("progress controls pass axe once they show the reader's progress", async ({ page }) => {
  await page.goto(first.path);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute("aria-pressed", "true");
  const lesson = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(lesson.violations).toEqual([]);
  await page.goto("");
  await expect(page.getByText(`1 of ${total} lessons complete`)).toBeVisible();
  const home = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(home.violations).toEqual([]);
});
