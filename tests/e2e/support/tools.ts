import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { locale } from "@ui-strings";

/** A calendar day (YYYY-MM-DD) as the tools write it, in the page's language ("29 November 2026"). */
export function longDate(day: string): string {
  return new Intl.DateTimeFormat(locale.intl, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** Every axe violation on the page, WCAG 2.2 AA, as readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`);
}

/** Fails with every WCAG 2.2 AA violation axe finds on the page as it is now. */
export async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Puts a value under a key before the site's scripts run, on the first load only (a reload keeps what the page wrote). */
export async function seedOnce(page: Page, key: string, value: string): Promise<void> {
  await page.addInitScript(
    ([name, text]) => {
      if (!sessionStorage.getItem(`seeded:${name}`)) {
        localStorage.setItem(name, text);
        sessionStorage.setItem(`seeded:${name}`, "yes");
      }
    },
    [key, value] as const,
  );
}

/** Makes localStorage throw on every access, as a browser that blocks storage does. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
}

/** Makes every write throw QuotaExceededError, as a full storage does; reads still work. */
export async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
}

/** Makes every write to `key` fail as a full storage does; reads and other keys still work. */
export async function fillStorageFor(page: Page, key: string): Promise<void> {
  await page.addInitScript((fullKey) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name === fullKey) throw new DOMException("Quota exceeded", "QuotaExceededError");
      setItem.call(this, name, value);
    };
  }, key);
}

/** What is stored under a key, or null. */
export function stored(page: Page, key: string): Promise<string | null> {
  return page.evaluate((name) => localStorage.getItem(name), key);
}

/** Erases everything from the safety page, as a reader would. */
export async function eraseEverything(page: Page): Promise<void> {
  await page.goto("/safety/");
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("[data-erase-status]")).toContainText("Erased from this browser");
}

/** Collects uncaught page errors. */
export function pageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}

/**
 * Inside a colour-scheme describe: one test per storage problem a tool page announces above its tool
 * (blocked, and a newer version's data under `key`), each checking the notice shows and passes axe.
 */
export function storageNoticeAxeTests(key: string, open: (page: Page) => Promise<void>): void {
  for (const [state, setUp] of [
    ["blocked", blockStorage],
    ["newer", (page: Page) => seedOnce(page, key, JSON.stringify({ version: 99 }))],
  ] as const) {
    test(`the ${state} storage notice passes axe`, async ({ page }) => {
      await setUp(page);
      await open(page);
      await expect(page.locator(".tool-notice").first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
