import { expect, test } from "@playwright/test";
import { lessonAt, lessonPath } from "./support/lessons";
import { firstPlaceQuery } from "./support/search-queries";
import { builtLessonSlugs } from "./support/site";

/** A reader's question and the lesson that must come first for it, from tests/search/public-queries.json. */
const known = firstPlaceQuery();

test("the header search reaches a lesson by keyboard alone", async ({ page }) => {
  await page.goto(lessonPath(lessonAt(0).slug));
  // Tab from the top of the page to the header search box: skip link, site name, exit link, search.
  const search = page.getByRole("searchbox", { name: "Search the course" });
  for (let presses = 0; presses < 10 && !(await search.evaluate((input) => input === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(search).toBeFocused();
  await page.keyboard.type(known.q);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent(known.q).replace(/%20/g, "+")}`);
  const results = page.locator("#search-results a");
  await expect(results.first()).toHaveAttribute("href", lessonPath(known.lesson));
  await expect(page.getByRole("searchbox", { name: "What would you like help with?" })).toHaveValue(known.q);

  await results.first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(lessonPath(known.lesson));
});

test("a result shows its lesson number, title and a marked excerpt", async ({ page }) => {
  await page.goto("/search/?q=custody");
  const first = page.locator("#search-results li").first();
  await expect(first.locator("a")).toHaveText(/^Lesson \d+: /);
  await expect(first.locator("mark").first()).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/\d+ results? for “custody”/);
});

test("a query with no matches says so and offers the lesson list, the help page and example questions", async ({ page }) => {
  await page.goto("/search/?q=zzqxv");
  const results = page.locator("#search-results");
  await expect(results).toContainText("No lesson covers “zzqxv” yet.");
  await expect(results.getByRole("link", { name: "browse all the lessons" })).toHaveAttribute("href", "#all-lessons");
  await expect(results.getByRole("link", { name: "the help page" })).toHaveAttribute("href", "/help/");
  const example = results.locator("a[href^='/search/?q=']").first();
  const question = (await example.textContent()) ?? "";
  await expect(example).toHaveAttribute("href", `/search/?q=${encodeURIComponent(question)}`);
  await example.click();
  await expect(page.locator("[data-search-status]")).toContainText(`“${question}”`);
  await expect(page.locator("#search-results a").first()).toHaveAttribute("href", /^\/lessons\/[a-z0-9-]+\/$/);
});

test("a query of short common words alone matches nothing well", async ({ page }) => {
  await page.goto("/search/?q=he%20is%20with%20me");
  await expect(page.locator("#search-results")).toContainText("No lesson covers “he is with me” yet.");
  await expect(page.locator("#search-results a[href^='/lessons/']")).toHaveCount(0);
});

test("the search page shows one search box, holding the query, and no repeated heading", async ({ page }) => {
  await page.goto("/search/?q=custody");
  await expect(page.getByRole("status")).toHaveText(/results? for “custody”/);
  await expect(page.getByText("Search needs JavaScript")).toBeHidden();
  await expect(page.getByRole("searchbox")).toHaveCount(1);
  await expect(page.getByRole("searchbox", { name: "What would you like help with?" })).toHaveValue("custody");
  await expect(page.getByRole("search")).toHaveCount(1);
  await expect(page.getByText("Search the course", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search the course");
});

test("other pages keep the header search box", async ({ page }) => {
  for (const path of ["/", "/help/", lessonPath(lessonAt(0).slug)]) {
    await page.goto(path);
    await expect(page.getByRole("searchbox", { name: "Search the course" })).toBeVisible();
  }
});

test("two quick searches show one list, for the newer query only", async ({ page }) => {
  // Hold Pagefind back until both searches are under way, so the older one cannot finish first by luck.
  let release = () => {};
  const bothSubmitted = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/pagefind/pagefind.js", async (route) => {
    await bothSubmitted;
    await route.continue();
  });
  await page.addInitScript(() => {
    const seen = { statuses: [] as string[], mostLists: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      const status = document.querySelector("[data-search-status]")?.textContent ?? "";
      if (status) seen.statuses.push(status);
      seen.mostLists = Math.max(seen.mostLists, document.querySelectorAll("#search-results ol").length);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto("/search/");
  const box = page.getByRole("searchbox", { name: "What would you like help with?" });
  const older = "he strangled me during a fight and stole my stuff and my car";
  await box.fill(older);
  await box.press("Enter");
  await box.fill("custody");
  await box.press("Enter");
  release();
  await expect(page.getByRole("status")).toHaveText(/results? for “custody”/);
  await expect(page.locator("#search-results a").first()).toHaveAttribute("href", "/lessons/children-and-co-parenting/");
  await page.waitForLoadState("networkidle");
  const seen = await page.evaluate(() => (window as unknown as { seen: { statuses: string[]; mostLists: number } }).seen);
  expect(seen.mostLists).toBe(1);
  expect(seen.statuses.filter((status) => status.includes(older))).toEqual([]);
  await expect(page.getByRole("status")).toHaveText(/results? for “custody”/);
  await expect(page.locator("#search-results ol")).toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a search says plainly that it needs JavaScript and lists every lesson with its summary", async ({ page }) => {
    await page.goto("/search/?q=money");
    await expect(page.getByText("Search needs JavaScript, and it is not running in this browser.")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "What would you like help with?" })).toBeVisible();
    const lessons = builtLessonSlugs().length;
    await expect(page.locator(".lesson-list__item")).toHaveCount(lessons);
    await expect(page.locator(".lesson-list__summary")).toHaveCount(lessons);
    await expect(page.locator(".lesson-list__item").first()).toBeVisible();
  });

  test("the search box still sends the reader's words to the page that explains search needs JavaScript", async ({ page }) => {
    await page.goto("/search/");
    const box = page.getByRole("searchbox", { name: "What would you like help with?" });
    await box.fill("custody");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\/\?q=custody$/);
    await expect(page.getByText("Search needs JavaScript, and it is not running in this browser.")).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("");
  });
});

test("while the first results for a query load, the full list waits and returns with them", async ({ page }) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/pagefind/pagefind.js", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/search/?q=custody");
  await expect(page.getByRole("status")).toHaveText("Searching…");
  await expect(page.getByRole("heading", { name: "All lessons" })).toBeHidden();
  release();
  await expect(page.getByRole("status")).toHaveText(/results? for “custody”/);
  await expect(page.getByRole("heading", { name: "All lessons" })).toBeVisible();
});

test("excerpts come only from a lesson's visible text: its hidden search terms never show", async ({ page, context }) => {
  test.setTimeout(120_000);
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(" ") ?? "";
  const lessons = new Map<string, { visible: string; terms: string[] }>();
  const lessonPage = await context.newPage();
  const queries = ["he owes me money", "report stalking", "can I see my kids", "he keeps texting me", "she stole my stuff", "changing my passwords", "I need closure", "party"];
  let checked = 0;
  for (const query of queries) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator("[data-search-status]")).toHaveText(/result|Nothing/);
    for (const result of await page.locator("#search-results li").all()) {
      const href = (await result.locator("a").getAttribute("href")) ?? "";
      if (!lessons.has(href)) {
        await lessonPage.goto(href);
        const article = lessonPage.locator("article");
        const terms = ((await article.locator("[data-search-terms]").getAttribute("data-search-terms")) ?? "").split(", ");
        // The lesson text as a reader sees it, without the parts search leaves out (buttons, reflections).
        const visible = await article.evaluate((node) => {
          for (const ignored of node.querySelectorAll<HTMLElement>("[data-pagefind-ignore]")) ignored.hidden = true;
          return (node as HTMLElement).innerText;
        });
        lessons.set(href, { visible: words(visible), terms });
      }
      const lesson = lessons.get(href);
      const excerpt = (await result.locator(".search-result__excerpt").textContent()) ?? "";
      expect(lesson?.visible, `“${query}”: the excerpt for ${href} is a run of the lesson's visible words`).toContain(words(excerpt));
      for (const [index, term] of (lesson?.terms ?? []).slice(1).entries()) {
        expect(excerpt, `“${query}”: no run of ${href}'s search terms`).not.toContain(`${lesson?.terms[index]}, ${term}`);
      }
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(queries.length);
});
