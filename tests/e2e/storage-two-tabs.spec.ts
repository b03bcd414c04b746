import { lockPanel } from "@ui-strings";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { lessonAt, lessonPath } from "./support/lessons";
import { openLessonPrompts, statusOf, storedReflections } from "./support/reflections";

// Two pages opened separately in one context (not a popup, which would share a renderer and hide the race).
async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  return [await context.newPage(), await context.newPage()];
}

/** Clicks in each page at the same moment: both clicks are queued first, then fired together. */
async function clickTogether(pages: [Page, Page], selector: string) {
  const at = Date.now() + 300;
  await Promise.all(
    pages.map((page) =>
      page.evaluate(
        ([css, when]) => new Promise<void>((resolve) => setTimeout(() => (document.querySelector<HTMLElement>(css)?.click(), resolve()), when - Date.now())),
        [selector, at] as const,
      ),
    ),
  );
}

const completeButton = "nc-complete-toggle button";

test("marking lesson A in one tab and lesson B in another at the same moment keeps both", async ({ context }) => {
  const tabs = await twoTabs(context);
  // Three pairs of lessons, read from the course.
  const pairs = [0, 2, 4].map((index) => [lessonAt(index).slug, lessonAt(index + 1).slug] as const);
  for (const [first, second] of pairs) {
    await tabs[0].goto(lessonPath(first));
    await tabs[1].goto(lessonPath(second));
    for (const tab of tabs) await expect(tab.locator(completeButton).first()).toBeEnabled();
    await clickTogether(tabs, completeButton);
    for (const tab of tabs) await expect(tab.locator(completeButton).first()).toHaveAttribute("aria-pressed", "true");
  }
  const completed = await tabs[0].evaluate(() => Object.keys(JSON.parse(localStorage.getItem("nocontact:progress") ?? "{}").completed ?? {}).sort());
  expect(completed).toEqual(pairs.flat().slice().sort());
  await tabs[0].goto("/");
  await expect(tabs[0].getByText(/^6 of \d+ lessons complete$/)).toBeVisible();
});

test("two tabs writing reflections at the same moment keep both", async ({ context }) => {
  const tabs = await twoTabs(context);
  await openLessonPrompts(tabs[0], lessonAt(0).slug);
  await openLessonPrompts(tabs[1], lessonAt(1).slug);
  for (let round = 1; round <= 3; round++) {
    // Typing then leaving the box saves at once (no pause to wait for), in both tabs together.
    for (const [index, tab] of tabs.entries()) await tab.locator("textarea").first().fill(`tab ${index + 1}, round ${round}`);
    await clickTogether(tabs, "h1");
    await Promise.all(tabs.map((tab) => tab.evaluate(() => document.querySelector("textarea")?.blur())));
    for (const tab of tabs) await expect(statusOf(tab.locator("textarea").first())).toHaveText("Saved on this device");
    const stored = (await storedReflections(tabs[0])) ?? "";
    expect(stored).toContain(`tab 1, round ${round}`);
    expect(stored).toContain(`tab 2, round ${round}`);
  }
});

test("setting a lock while another tab saves keeps both, and the other tab never writes plain text after", async ({ context }) => {
  const [lockTab, writeTab] = await twoTabs(context);
  await openLessonPrompts(writeTab, lessonAt(0).slug);
  await writeTab.locator("textarea").first().fill("Written before the lock.");
  await expect(statusOf(writeTab.locator("textarea").first())).toHaveText("Saved on this device");

  // The locking tab records every value the other tab writes from now on.
  await lockTab.goto("/reflections/");
  await lockTab.evaluate(() => {
    (window as unknown as { seen: string[] }).seen = [];
    addEventListener("storage", (event) => {
      if (event.key === "nocontact:reflections" && event.newValue) (window as unknown as { seen: string[] }).seen.push(event.newValue);
    });
  });
  await lockTab.getByLabel("Passphrase", { exact: true }).fill("blue kettle morning");
  await lockTab.getByLabel("Type it again").fill("blue kettle morning");
  const box = writeTab.locator("textarea").nth(1);
  await box.fill("Written while locking.");

  await Promise.all([lockTab.getByRole("button", { name: lockPanel.submit }).click(), box.blur()]);
  await expect(lockTab.getByRole("status").filter({ hasText: "Locked." })).toBeVisible();
  await expect(statusOf(box)).toHaveText("Saved on this device");
  // The other tab now knows it is locked and writes nothing in the open.
  await expect(writeTab.getByText("Your reflections are locked with a passphrase.")).toBeVisible();

  const final = (await storedReflections(lockTab)) ?? "";
  expect(JSON.parse(final).state).toBe("locked");
  expect(final).not.toContain("Written");
  const seen = await lockTab.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.every((value) => !value.includes("Written while locking") || JSON.parse(value).state === "open")).toBe(true);

  // Both answers are inside the lock.
  await lockTab.reload();
  await lockTab.getByLabel("Passphrase").fill("blue kettle morning");
  await lockTab.getByRole("button", { name: "Unlock" }).click();
  await expect(lockTab.locator(".answer__text")).toHaveText(["Written before the lock.", "Written while locking."]);
});
