import { expect, test, type Page } from "@playwright/test";
import { siteSettings } from "../../src/lib/site-settings";
import { stubExitDestination } from "./support/exit-destination";
import { lessonAt, lessonPath, longestLesson } from "./support/lessons";
import { builtLessonSlugs } from "./support/site";

/** The lesson that scrolls furthest under the sticky header, read from the course. */
const longest = longestLesson();

const phones = [
  { name: "390×844", viewport: { width: 390, height: 844 } },
  { name: "320×568", viewport: { width: 320, height: 568 } },
] as const;
const exitName = "Exit this page";
const pauseName = "Pause before you reach out";

/** The header's box, and the share of the screen it takes. */
async function headerBox(page: Page) {
  const box = await page.locator(".site-header").boundingBox();
  if (!box) throw new Error("no header");
  return box;
}

/** True when the element's centre is not covered by anything else, so a tap lands on it. */
function tappable(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  }, selector);
}

for (const phone of phones) {
  test.describe(`on a ${phone.name} phone`, () => {
    test.use({ viewport: phone.viewport, isMobile: true, hasTouch: true });

    test("the header is one short band with the exit, the site name, the pause link and search", async ({ page }) => {
      await page.goto("/");
      const header = await headerBox(page);
      expect(header.height).toBeLessThanOrEqual(0.15 * phone.viewport.height);
      const parts = [page.getByRole("link", { name: exitName }), page.locator(".site-header__name"), page.getByRole("banner").getByRole("link", { name: pauseName }), page.locator(".site-header__search-toggle")];
      for (const part of parts) {
        const box = await part.boundingBox();
        expect(box && box.y + box.height <= header.y + header.height).toBe(true);
      }
    });

    test("home shows the next step and progress beside it without scrolling", async ({ page }) => {
      const progress = { version: 2, completed: { [lessonAt(0).slug]: "2026-11-01" }, lastOpened: lessonAt(0).slug };
      await page.addInitScript((value) => localStorage.setItem("nocontact:progress", value), JSON.stringify(progress));
      await page.goto("/");
      const action = page.getByRole("link", { name: /^Continue with lesson 2: / });
      await expect(action).toBeInViewport({ ratio: 1 });
      await expect(page.getByText(/^1 of \d+ lessons complete$/)).toBeInViewport({ ratio: 1 });
      await expect(page.locator(".course-progress__bar")).toBeInViewport({ ratio: 1 });
    });

    test("after scrolling to the end of every lesson the exit is still on screen, uncovered, and covers no lesson link", async ({ page }) => {
      test.setTimeout(120_000);
      for (const slug of builtLessonSlugs()) {
        await page.goto(`/lessons/${slug}/`);
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        await expect.poll(() => page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight)).toBe(true);
        const exit = page.getByRole("link", { name: exitName });
        await expect(exit, slug).toBeInViewport({ ratio: 1 });
        expect(await tappable(page, "[data-quick-exit]"), slug).toBe(true);
        const header = await headerBox(page);
        for (const link of await page.locator(".lesson-nav a").all()) {
          await link.scrollIntoViewIfNeeded();
          const box = await link.boundingBox();
          expect(box && box.y >= header.y + header.height, `${slug}: lesson link below the header`).toBe(true);
          expect(await tappable(page, `.lesson-nav a[href="${await link.getAttribute("href")}"]`), slug).toBe(true);
        }
      }
    });

    test("the exit is on the band's first row, and the pause link is a separate target that opens the pause tool", async ({ page }) => {
      await page.goto(lessonPath(longest.slug));
      const exit = await page.getByRole("link", { name: exitName }).boundingBox();
      const pause = page.getByRole("banner").getByRole("link", { name: pauseName });
      const pauseBox = await pause.boundingBox();
      const name = await page.locator(".site-header__name").boundingBox();
      if (!exit || !pauseBox || !name) throw new Error("no exit, pause link or name");
      expect(exit.y, "the exit starts level with the site name").toBeLessThan(name.y + name.height);
      expect(pauseBox.height).toBeGreaterThanOrEqual(24);
      expect(pauseBox.width).toBeGreaterThanOrEqual(24);
      // Far enough apart that a hurried tap on the exit never opens the pause page.
      expect(pauseBox.x + pauseBox.width + 24 <= exit.x || pauseBox.y >= exit.y + exit.height).toBe(true);
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await expect(pause).toBeInViewport({ ratio: 1 });
      expect(await tappable(page, ".site-header__pause")).toBe(true);
      await pause.tap();
      await expect(page).toHaveURL("/tools/pause/");
    });

    test("tapping exit after scrolling leaves the course", async ({ page }) => {
      await stubExitDestination(page);
      await page.goto(lessonPath(longest.slug));
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.getByRole("link", { name: exitName }).tap();
      await expect(page).toHaveURL(siteSettings.exitUrl);
    });

    test("keyboard focus is never hidden under the header", async ({ page }) => {
      await page.goto(lessonPath(longest.slug));
      const header = await headerBox(page);
      const focusables = await page.locator("main a, main button:visible, main textarea").count();
      for (let step = 0; step < focusables + 8; step++) {
        await page.keyboard.press("Tab");
        const hidden = await page.evaluate((headerBottom) => {
          const focused = document.activeElement;
          // The skip link shows over the header on purpose.
          if (!focused || focused === document.body || focused.closest(".site-header, .skip-link")) return false;
          const box = focused.getBoundingClientRect();
          return box.bottom > 0 && box.top < headerBottom;
        }, header.y + header.height);
        expect(hidden, `focus step ${step}`).toBe(false);
      }
    });

    test("header search opens, takes words and searches", async ({ page }) => {
      await page.goto(lessonPath(lessonAt(0).slug));
      const box = page.getByRole("searchbox", { name: "Search the course" });
      await expect(box).toBeHidden();
      await page.locator(".site-header__search-toggle").tap();
      await expect(box).toBeVisible();
      await expect(box).toBeFocused();
      await box.fill("my ex keeps texting me");
      await box.press("Enter");
      await expect(page).toHaveURL(/\/search\/\?q=my\+ex\+keeps\+texting\+me$/);
    });

    test("the Shift shortcut is not offered on a touch-only phone", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByText("You can also exit by pressing Shift 3 times.")).toBeHidden();
      await expect(page.getByRole("link", { name: "delete them, or use a private window" })).toBeVisible();
    });

    test("nothing shifts while home and a lesson load", async ({ page }) => {
      // Progress that changes the home page's primary action once read: lesson 1 finished, another opened last.
      const progress = { version: 2, completed: { [lessonAt(0).slug]: "2026-11-01" }, lastOpened: lessonAt(2).slug };
      await page.addInitScript((value) => localStorage.setItem("nocontact:progress", value), JSON.stringify(progress));
      for (const path of ["/", lessonPath(lessonAt(0).slug)]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const shift = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                  if (!entry.hadRecentInput) total += entry.value;
                }
                resolve(total);
              }).observe({ type: "layout-shift", buffered: true });
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
            }),
        );
        expect(shift, path).toBe(0);
      }
    });

    test.describe("without JavaScript", () => {
      test.use({ javaScriptEnabled: false });

      test("header search still opens and searches, and home leaves no gap for progress", async ({ page }) => {
        await page.goto("/");
        await expect(page.getByText(/lessons complete/)).toBeHidden();
        const start = page.getByRole("link", { name: /^Start with lesson 1: / });
        await expect(start).toBeInViewport({ ratio: 1 });
        const gap = await page.evaluate(() => {
          const action = document.querySelector(".next-step")?.getBoundingClientRect();
          const heading = document.getElementById("lessons-heading")?.getBoundingClientRect();
          return action && heading ? heading.top - action.bottom : Infinity;
        });
        expect(gap).toBeLessThan(80);
        await page.locator(".site-header__search-toggle").click();
        const box = page.getByRole("searchbox", { name: "Search the course" });
        await box.fill("money");
        await box.press("Enter");
        await expect(page).toHaveURL(/\/search\/\?q=money$/);
      });

      test("the exit stays on screen at the end of a lesson and the Shift shortcut is not offered", async ({ page }) => {
        await page.goto(lessonPath(longest.slug));
        await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
        await expect(page.getByRole("link", { name: exitName })).toBeInViewport({ ratio: 1 });
        await expect(page.getByText("You can also exit by pressing Shift 3 times.")).toBeHidden();
      });
    });
  });
}

test.describe("at 200% text size on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the header still fits, with exit, pause and search in reach", async ({ page }) => {
    await page.goto(lessonPath(longest.slug));
    await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(page.getByRole("link", { name: exitName })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("banner").getByRole("link", { name: pauseName })).toBeInViewport({ ratio: 1 });
    expect(await tappable(page, ".site-header__pause")).toBe(true);
    await page.locator(".site-header__search-toggle").tap();
    await expect(page.getByRole("searchbox", { name: "Search the course" })).toBeInViewport({ ratio: 1 });
  });
});

test.describe("on a desktop with a keyboard", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the search box sits open in the header and the Shift shortcut is offered", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("searchbox", { name: "Search the course" });
    await expect(box).toBeVisible();
    await box.fill("money");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=money$/);
    await expect(page.getByText("You can also exit by pressing Shift 3 times.")).toBeVisible();
  });
});
