// Search evaluation: runs every public query (../shared/docs/search-queries.json) and our own reader
// queries (tests/search/reader-queries.json) through the site's search page and through raw Pagefind
// on the built site. Prints top-1, top-3, precision (the share of shown results that are an accepted
// lesson), results per query and the misses; then the same figures for several tail cuts, computed with
// the site's own ranking code (src/lib) on the same index, which is how the cut in
// src/lib/search-ranking.ts was chosen. Builds nothing: run `npm run build` first.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { searchInReadersWords } from "../src/lib/search-query.ts";
import { searchRanking, tailCut } from "../src/lib/search-ranking.ts";
import { chromiumFlags, chromiumPath } from "./bench-browser.mjs";
import { distDir, projectDir, requireBuild } from "./built-site.mjs";
import { serveFolder } from "./static-server.mjs";

const sharedQueries = join(process.env.SHARED_DIR ?? join(projectDir, "..", "shared"), "docs", "search-queries.json");
const ownQueries = join(projectDir, "tests", "search", "reader-queries.json");

const sets = [
  ["public", sharedQueries],
  ["own", ownQueries],
].filter(([name, file]) => existsSync(file) || void console.warn(`(${name} set not found at ${file}; set SHARED_DIR; skipped)`));

/** Tail cuts compared: share of the best score a result needs to be shown. */
const sharesToCompare = [0.3, 0.4, 0.5, 0.6, 0.7];

const slugOf = (url) => /\/lessons\/([^/]+)\//.exec(url)?.[1] ?? url;

async function siteSearch(page, origin, query) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator("[data-search-status]").filter({ hasText: /result|Nothing|could not/ }).waitFor();
  return (await page.locator("#search-results a[href*='/lessons/']").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))).map(slugOf);
}

async function rawPagefind(page, query) {
  const urls = await page.evaluate(async (words) => {
    const pagefind = await import("/pagefind/pagefind.js");
    const search = await pagefind.search(words);
    return Promise.all(search.results.slice(0, 3).map(async (result) => (await result.data()).url));
  }, query);
  return urls.map(slugOf);
}

/** Pagefind's hits for one word, with the page's slug as its data; remembered, as the cuts reuse them. */
function pagefindWordSearch(page) {
  const seen = new Map();
  return (term) => {
    if (!seen.has(term)) {
      seen.set(
        term,
        page
          .evaluate(
            async ([word, ranking]) => {
              const pagefind = await import("/pagefind/pagefind.js");
              await pagefind.options({ ranking });
              const search = await pagefind.search(word);
              return Promise.all(search.results.map(async (hit) => ({ id: hit.id, score: hit.score, words: hit.words, url: (await hit.data()).url })));
            },
            [term, searchRanking],
          )
          .then((hits) => ({ results: hits.map((hit) => ({ ...hit, data: async () => slugOf(hit.url) })) })),
      );
    }
    return seen.get(term);
  };
}

/** Top-1, top-3, precision and result counts for one engine over one set. */
function tally() {
  return { top1: 0, top3: 0, shown: 0, accepted: 0, most: 0, misses: [] };
}

function count(totals, results, expect, first, query) {
  const top1 = first ? results[0] === expect[0] : expect.includes(results[0]);
  const top3 = results.slice(0, 3).some((slug) => expect.includes(slug));
  totals.top1 += Number(top1);
  totals.top3 += Number(top3);
  totals.shown += results.length;
  totals.accepted += results.filter((slug) => expect.includes(slug)).length;
  totals.most = Math.max(totals.most, results.length);
  const kind = !top3 ? "miss" : !top1 ? "not first" : "";
  if (kind) totals.misses.push(`${kind}: "${query}" → ${results.slice(0, 3).join(", ") || "nothing"} (wanted ${expect.join(" or ")})`);
}

const percent = (part, whole) => `${whole ? Math.round((part / whole) * 100) : 0}%`;

function summary({ top1, top3, shown, accepted, most }, queries, withPrecision = true) {
  const n = queries.length;
  const figures = `top-1 ${top1}/${n} (${percent(top1, n)})  top-3 ${top3}/${n} (${percent(top3, n)})`;
  return withPrecision ? `${figures}  precision ${percent(accepted, shown)}  results/query ${(shown / n).toFixed(2)} (most ${most})` : figures;
}

const dir = distDir();
requireBuild(dir);
const server = await serveFolder(dir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
const page = await browser.newPage();

/** Bytes (as sent, compressed) and time for a first search on a cold page, then a second with a warm index. */
async function measureFirstQuery() {
  const cold = await browser.newPage();
  const sizes = [];
  cold.on("requestfinished", (request) => {
    if (request.url().includes("/pagefind/") || request.url().includes("SearchResults")) sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  await cold.goto(`${server.origin}/search/`);
  const box = cold.getByRole("searchbox", { name: "What would you like help with?" });
  const timeSearch = async (query) => {
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
const pageCount = Number(await wordPage.locator("#search-results").getAttribute("data-page-count"));
const wordSearch = pagefindWordSearch(wordPage);

try {
  for (const [name, file] of sets) {
    const { queries } = JSON.parse(readFileSync(file, "utf8"));
    const totals = { site: tally(), raw: tally() };
    const cuts = sharesToCompare.map(() => tally());
    for (const { q, expect, first = false } of queries) {
      count(totals.site, await siteSearch(page, server.origin, q), expect, first, q);
      count(totals.raw, await rawPagefind(rawPage, q), expect, first, q);
      for (const [index, minShareOfBest] of sharesToCompare.entries()) {
        const ranked = await searchInReadersWords(wordSearch, q, pageCount, { ...tailCut, minShareOfBest });
        count(cuts[index], await Promise.all(ranked.map((result) => result.data())), expect, first, q);
      }
    }
    console.log(`\n${name} set (${queries.length} queries)`);
    console.log(`  our search    ${summary(totals.site, queries)}`);
    for (const miss of totals.site.misses) console.log(`      ${miss}`);
    console.log(`  raw Pagefind  ${summary(totals.raw, queries, false)}  (first three results only)`);
    console.log(`  tail cut (results below this share of the best score are not shown; at most ${tailCut.maxResults}):`);
    for (const [index, share] of sharesToCompare.entries()) {
      console.log(`    ${share.toFixed(1)}${share === tailCut.minShareOfBest ? " (ours)" : "       "}  ${summary(cuts[index], queries)}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
