// Search evaluation: runs every public query (../shared/docs/search-queries.json) and our own reader
// queries (tests/search/reader-queries.json) through the site's search page and through raw Pagefind
// on the built site. Prints top-1, top-3, precision (the share of shown results that are an accepted
// lesson), results per query and the misses; then the same figures for several tail cuts, computed with
// the site's own ranking code (src/lib) on the same index, which is how the cut in
// src/lib/search-ranking.ts was chosen. Builds nothing: run `npm run build` first.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { searchInReadersWords, type SearchFn } from "../src/lib/search-query.ts";
import { searchRanking, tailCut, type WordHit } from "../src/lib/search-ranking.ts";
import { distDir, projectDir, requireBuild } from "../tooling/built-site.ts";
import { chromiumPath, scriptChromiumFlags } from "../tooling/chromium.ts";
import { readSearchQueries, searchQueryFiles } from "../tooling/search-queries.ts";
import { serveFolder } from "./static-server.ts";

/** The part of Pagefind's browser API this evaluation calls, inside the page. */
interface Pagefind {
  options: (options: object) => Promise<void>;
  search: SearchFn<{ url: string; content: string }>;
}

/** How one engine did on one set. */
interface Tally {
  top1: number;
  top3: number;
  shown: number;
  accepted: number;
  most: number;
  misses: string[];
}

const sharedQueries = join(process.env["SHARED_DIR"] ?? join(projectDir, "..", "shared"), "docs", "search-queries.json");
const ownQueries = searchQueryFiles.reader;

const sets = [
  ["public", sharedQueries],
  ["own", ownQueries],
].filter(([name, file]) => (file !== undefined && existsSync(file)) || void console.warn(`(${name} set not found at ${file}; set SHARED_DIR; skipped)`));

/** Tail cuts compared: share of the best score a result needs to be shown. */
const sharesToCompare = [0.4, 0.5, 0.55, 0.6, 0.7];
/** Result limits compared, at our share. */
const limitsToCompare = [3, 5];

const slugOf = (url: string): string => /\/lessons\/([^/]+)\//.exec(url)?.[1] ?? url;

async function siteSearch(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator("[data-search-status]").filter({ hasText: /result|Nothing|could not/ }).waitFor();
  return (await page.locator("#search-results a[href*='/lessons/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))).map(slugOf);
}

async function rawPagefind(page: Page, query: string): Promise<string[]> {
  const urls = await page.evaluate(async (words) => {
    const pagefindUrl = "/pagefind/pagefind.js";
    const pagefind: Pagefind = await import(pagefindUrl);
    const search = await pagefind.search(words);
    return Promise.all((search?.results ?? []).slice(0, 3).map(async (result) => (await result.data()).url));
  }, query);
  return urls.map(slugOf);
}

/** What the evaluation keeps of a page: its slug, and its text (the search checks matched words in it). */
interface EvalPage {
  slug: string;
  content: string;
}

/** Pagefind's hits for one word, with the page's slug and text as its data; remembered, as the cuts reuse them. */
function pagefindWordSearch(page: Page): SearchFn<EvalPage> {
  const seen = new Map<string, Promise<{ results: WordHit<EvalPage>[] }>>();
  return (term) => {
    const remembered = seen.get(term);
    if (remembered) return remembered;
    const hits = page
      .evaluate(
        async ({ word, ranking }) => {
          const pagefindUrl = "/pagefind/pagefind.js";
          const pagefind: Pagefind = await import(pagefindUrl);
          await pagefind.options({ ranking });
          const search = await pagefind.search(word);
          return Promise.all(
            (search?.results ?? []).map(async (hit) => {
              const { url, content } = await hit.data();
              return { id: hit.id, score: hit.score, words: [...hit.words], url, content };
            }),
          );
        },
        { word: term, ranking: searchRanking },
      )
      .then((found) => ({ results: found.map((hit) => ({ ...hit, data: async () => ({ slug: slugOf(hit.url), content: hit.content }) })) }));
    seen.set(term, hits);
    return hits;
  };
}

/** Top-1, top-3, precision and result counts for one engine over one set. */
function tally(): Tally {
  return { top1: 0, top3: 0, shown: 0, accepted: 0, most: 0, misses: [] };
}

function count(totals: Tally, results: readonly string[], expect: readonly string[], first: boolean, query: string): void {
  const top1 = first ? results[0] === expect[0] : results[0] !== undefined && expect.includes(results[0]);
  const top3 = results.slice(0, 3).some((slug) => expect.includes(slug));
  totals.top1 += Number(top1);
  totals.top3 += Number(top3);
  totals.shown += results.length;
  totals.accepted += results.filter((slug) => expect.includes(slug)).length;
  totals.most = Math.max(totals.most, results.length);
  const kind = !top3 ? "miss" : !top1 ? "not first" : "";
  if (kind) totals.misses.push(`${kind}: "${query}" → ${results.slice(0, 3).join(", ") || "nothing"} (wanted ${expect.join(" or ")})`);
}

const percent = (part: number, whole: number): string => `${whole ? Math.round((part / whole) * 100) : 0}%`;

function summary({ top1, top3, shown, accepted, most }: Tally, queries: readonly unknown[], withPrecision = true): string {
  const n = queries.length;
  const figures = `top-1 ${top1}/${n} (${percent(top1, n)})  top-3 ${top3}/${n} (${percent(top3, n)})`;
  return withPrecision ? `${figures}  precision ${percent(accepted, shown)}  results/query ${(shown / n).toFixed(2)} (most ${most})` : figures;
}

const dir = distDir();
requireBuild(dir);
const server = await serveFolder(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: scriptChromiumFlags });
const page = await browser.newPage();

/** Bytes (as sent, compressed) and time for a first search on a cold page, then a second with a warm index. */
async function measureFirstQuery(): Promise<void> {
  const cold = await browser.newPage();
  const sizes: Promise<number>[] = [];
  cold.on("requestfinished", (request) => {
    if (request.url().includes("/pagefind/") || request.url().includes("SearchResults")) sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  await cold.goto(`${server.origin}/search/`);
  const box = cold.getByRole("searchbox", { name: "What would you like help with?" });
  const timeSearch = async (query: string): Promise<number> => {
    await box.fill(query);
    const started = performance.now();
    await box.press("Enter");
    await cold.locator("[data-search-status]").filter({ hasText: `“${query}”` }).waitFor();
    return performance.now() - started;
  };
  const firstMs = await timeSearch("he owes me money");
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  const warmMs = await timeSearch("my ex keeps texting me");
  await cold.close();
  console.log(`first query: ${(bytes / 1024).toFixed(1)} kB downloaded by search in ${sizes.length} requests, ${firstMs.toFixed(0)} ms to results; warm query: ${warmMs.toFixed(0)} ms (one run)`);
}

await measureFirstQuery();
// Raw Pagefind keeps its default ranking, so it runs on a page of its own.
const rawPage = await browser.newPage();
await rawPage.goto(`${server.origin}/`);
const wordPage = await browser.newPage();
await wordPage.goto(`${server.origin}/search/`);
const pageCount = Number(await wordPage.locator("[data-page-count]").getAttribute("data-page-count"));
const wordSearch = pagefindWordSearch(wordPage);

try {
  for (const [name, file = ""] of sets) {
    const queries = readSearchQueries(file);
    const totals = { site: tally(), raw: tally() };
    const cuts = [
      ...sharesToCompare.map((minShareOfBest) => ({ ...tailCut, minShareOfBest })),
      ...limitsToCompare.filter((maxResults) => maxResults !== tailCut.maxResults).map((maxResults) => ({ ...tailCut, maxResults })),
    ].map((rule) => ({ rule, totals: tally() }));
    for (const { q, expect, first = false } of queries) {
      count(totals.site, await siteSearch(page, server.origin, q), expect, first, q);
      count(totals.raw, await rawPagefind(rawPage, q), expect, first, q);
      for (const cut of cuts) {
        const ranked = await searchInReadersWords(wordSearch, q, pageCount, cut.rule);
        count(cut.totals, await Promise.all(ranked.map(async (result) => (await result.data()).slug)), expect, first, q);
      }
    }
    console.log(`\n${name} set (${queries.length} queries)`);
    console.log(`  our search    ${summary(totals.site, queries)}`);
    for (const miss of totals.site.misses) console.log(`      ${miss}`);
    console.log(`  raw Pagefind  ${summary(totals.raw, queries, false)}  (first three results only)`);
    console.log(`  tail cut (results below this share of the best score are not shown; at most this many):`);
    for (const { rule, totals: cutTotals } of cuts) {
      const ours = rule.minShareOfBest === tailCut.minShareOfBest && rule.maxResults === tailCut.maxResults;
      console.log(`    ${rule.minShareOfBest.toFixed(2)}, ${rule.maxResults}${ours ? " (ours)" : "       "}  ${summary(cutTotals, queries)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
