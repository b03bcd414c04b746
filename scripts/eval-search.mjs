// Search evaluation: runs every public query (../shared/docs/search-queries.json) and our own reader
// queries (tests/search/reader-queries.json) through the site's search page and through raw Pagefind
// on the built site, and prints top-1 and top-3 with the misses. Builds nothing: run `npm run build` first.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./bench-browser.mjs";
import { distDir, projectDir, requireBuild } from "./built-site.mjs";
import { serveFolder } from "./static-server.mjs";

const sharedQueries = join(process.env.SHARED_DIR ?? join(projectDir, "..", "shared"), "docs", "search-queries.json");
const ownQueries = join(projectDir, "tests", "search", "reader-queries.json");

const sets = [
  ["public", sharedQueries],
  ["own", ownQueries],
].filter(([name, file]) => existsSync(file) || void console.warn(`(${name} set not found at ${file}; skipped)`));

const slugOf = (url) => /\/lessons\/([^/]+)\//.exec(url)?.[1] ?? url;

async function siteSearch(page, origin, query) {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await page.locator("[data-search-status]").filter({ hasText: /result|Nothing|No results/ }).waitFor();
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

function score(results, expect, first) {
  const top1 = expect.includes(results[0]);
  return { top1: first ? results[0] === expect[0] : top1, top3: results.slice(0, 3).some((slug) => expect.includes(slug)) };
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
    await cold.locator("[data-search-status]").filter({ hasText: `for “${query}”` }).waitFor();
    return performance.now() - started;
  };
  const firstMs = await timeSearch("he owes me money");
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  const warmMs = await timeSearch("my ex keeps texting me");
  await cold.close();
  console.log(`first query: ${(bytes / 1024).toFixed(1)} kB downloaded by search in ${sizes.length} requests, ${firstMs.toFixed(0)} ms to results; warm query: ${warmMs.toFixed(0)} ms (one run)`);
}

await measureFirstQuery();
await page.goto(`${server.origin}/`);

try {
  for (const [name, file] of sets) {
    const { queries } = JSON.parse(readFileSync(file, "utf8"));
    const totals = { site: { top1: 0, top3: 0, misses: [] }, raw: { top1: 0, top3: 0, misses: [] } };
    for (const { q, expect, first = false } of queries) {
      const found = { site: await siteSearch(page, server.origin, q), raw: await rawPagefind(page, q) };
      for (const engine of ["site", "raw"]) {
        const { top1, top3 } = score(found[engine], expect, first);
        totals[engine].top1 += Number(top1);
        totals[engine].top3 += Number(top3);
        const kind = !top3 ? "miss" : !top1 ? "not first" : "";
        if (kind) totals[engine].misses.push(`${kind}: "${q}" → ${found[engine].slice(0, 3).join(", ") || "nothing"} (wanted ${expect.join(" or ")})`);
      }
    }
    console.log(`\n${name} set (${queries.length} queries)`);
    for (const engine of ["site", "raw"]) {
      const { top1, top3, misses } = totals[engine];
      console.log(`  ${engine === "site" ? "our search " : "raw Pagefind"}  top-1 ${top1}/${queries.length}  top-3 ${top3}/${queries.length} (${Math.round((top3 / queries.length) * 100)}%)`);
      for (const miss of misses) console.log(`      ${miss}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
