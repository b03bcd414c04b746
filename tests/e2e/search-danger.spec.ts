import { expect, test, type Page } from "@playwright/test";
import { contactHref, emergencyGroups, helpRegions, silentCalls } from "../../src/lib/helplines";
import { searchQueries } from "./support/search-queries";

const dangerQueries = ["he hit me", "he choked me", "she threatened to kill me", "he has a knife", "he raped me", "I want to kill myself", "he is outside my house", "he threatened to take the kids"];
const emergencyHrefs = emergencyGroups(helpRegions).flatMap((group) => group.ways.map(contactHref));

/** The panel, once the search has run (the status line says how it went). */
async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole("status")).toHaveText(/results? for|No results|could not load/, { timeout: 20_000 });
  return page.getByRole("complementary", { name: "If you are in danger now" });
}

for (const viewport of [{ name: "phone", width: 390, height: 844 }, { name: "desktop", width: 1280, height: 800 }]) {
  test.describe(`on a ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const query of dangerQueries) {
      test(`“${query}” shows the emergency panel above the results, with numbers to tap and the help page`, async ({ page }) => {
        const panel = await searchFor(page, query);
        await expect(panel).toBeVisible();
        for (const href of emergencyHrefs) await expect(panel.locator(`a[href="${href}"]`).first()).toBeVisible();
        for (const { silentCall } of silentCalls(helpRegions)) await expect(panel).toContainText(silentCall.after);
        await expect(panel.getByRole("link", { name: "Find helplines near you" })).toHaveAttribute("href", "/help/");
        await expect(page.getByRole("status")).toContainText("Emergency numbers are shown first.");

        // Above any results, and above the status line that counts them.
        const panelBottom = await panel.evaluate((element) => element.getBoundingClientRect().bottom);
        const resultsTop = await page.locator("#search-results").evaluate((element) => element.getBoundingClientRect().top);
        expect(panelBottom).toBeLessThanOrEqual(resultsTop);
      });
    }

    test("the panel's first number is on screen without scrolling", async ({ page }) => {
      const panel = await searchFor(page, "he hit me");
      await expect(panel.locator('a[href^="tel:"]').first()).toBeInViewport();
    });
  });
}

for (const { q } of searchQueries("public")) {
  test(`the public search question “${q}” never shows the emergency panel`, async ({ page }) => {
    const panel = await searchFor(page, q);
    await expect(panel).toBeHidden();
  });
}

test("a new search hides the panel again when the words are ordinary", async ({ page }) => {
  const panel = await searchFor(page, "he hit me");
  await expect(panel).toBeVisible();
  const box = page.getByRole("searchbox", { name: "What would you like help with?" });
  await box.fill("he owes me money");
  await box.press("Enter");
  await expect(page.getByRole("status")).toHaveText(/results? for “he owes me money”/);
  await expect(panel).toBeHidden();
});

test("a danger query still shows the panel and the lessons when the search index cannot load", async ({ page }) => {
  await page.route("**/pagefind/**", (route) => route.abort());
  const panel = await searchFor(page, "he hit me");
  await expect(panel).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Search could not load");
});

test("when the search index cannot load, the page says so in plain words and keeps the lesson list", async ({ page }) => {
  await page.route("**/pagefind/**", (route) => route.abort());
  await page.goto("/search/?q=money");
  await expect(page.getByRole("status")).toHaveText(
    "Search could not load, so it can't look through the lessons right now. All the lessons are listed below.",
  );
  await expect(page.getByRole("heading", { level: 2, name: "All lessons" })).toBeVisible();
  await expect(page.locator(".lesson-list__item").first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: "If you are in danger now" })).toBeHidden();
});
