// The page-weight table shared by `npm run size` and `npm run bench`: gzip bytes per page type.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { KB, lessonBudget } from "./budgets.mjs";
import { lessonPages } from "./built-site.mjs";
import { measurePage, measureScripts } from "./page-weight.mjs";

/** Page types the course promises to keep light; pages not built yet are shown as such. */
function pageTypes(distDir) {
  return [
    { name: "home", path: "/" },
    { name: "lesson", path: heaviestLesson(distDir), lighthouse: true },
    // Search downloads Pagefind only when a reader searches (search-results.ts imports it on first use).
    { name: "search", path: "/search/", onDemand: ["/pagefind/pagefind.js"], lighthouse: true },
    { name: "top tips", path: "/top-tips/" },
    { name: "reflections", path: "/reflections/" },
  ];
}

/** The lesson with the most HTML: budgets are about the worst case, not the average. */
function heaviestLesson(distDir) {
  const sized = lessonPages(distDir).map((path) => ({ path, html: measurePage(distDir, path).html }));
  return sized.reduce((a, b) => (b.html > a.html ? b : a)).path;
}

export const kb = (bytes) => (bytes === undefined ? "–" : `${(bytes / KB).toFixed(1)} kB`);
export const row = (cells, widths) => cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join("  ").trimEnd();

export function weightRows(distDir) {
  return pageTypes(distDir).map((type) => {
    if (!existsSync(join(distDir, type.path, "index.html"))) return { ...type, missing: true };
    return { ...type, weight: measurePage(distDir, type.path), onDemandJs: type.onDemand && measureScripts(distDir, type.onDemand) };
  });
}

export function printWeights(rows) {
  const widths = [12, 9, 9, 11, 14];
  console.log("\nPage weight, gzip (deterministic; 1 kB = 1024 B)");
  console.log(row(["page", "HTML", "CSS", "JS at once", "JS on demand", "path"], widths));
  for (const r of rows) {
    if (r.missing) console.log(row([r.name, "not built yet", "", "", "", r.path], [12, 42]));
    else console.log(row([r.name, kb(r.weight.html), kb(r.weight.css), kb(r.weight.js), kb(r.onDemandJs), r.path], widths));
  }
  console.log(`lesson budget: HTML ${kb(lessonBudget.html)}, CSS ${kb(lessonBudget.css)}, JS at once ${kb(lessonBudget.js)} (npm run check:budgets)`);
}

