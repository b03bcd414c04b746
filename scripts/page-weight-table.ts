// The page-weight table shared by `npm run size` and `npm run bench`: gzip bytes per page type.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { lessonPages } from "../tooling/built-site.ts";
import { KB, lessonBudget, type PageWeight } from "./budgets.ts";
import { measurePage, measureScripts } from "./page-weight.ts";

/** A page type the table reports on. */
interface PageType {
  /** What the row is called. */
  name: string;
  /** URL path of the page measured. */
  path: string;
  /** Scripts the page loads only when the reader acts, measured apart. */
  onDemand?: string[];
}

/** One row of the table: a page type, measured, or missing when it is not built yet. */
export type WeightRow = PageType & ({ missing: true } | { missing?: never; weight: PageWeight; onDemandJs: number | undefined });

/** Page types the course promises to keep light; pages not built yet are shown as such. */
function pageTypes(distDir: string): PageType[] {
  return [
    { name: "home", path: "/" },
    { name: "lesson", path: heaviestLesson(distDir) },
    // Search downloads Pagefind only when a reader searches (search-results.ts imports it on first use).
    { name: "search", path: "/search/", onDemand: ["/pagefind/pagefind.js"] },
    { name: "top tips", path: "/top-tips/" },
    { name: "reflections", path: "/reflections/" },
    { name: "tools", path: "/tools/" },
    { name: "day counter", path: "/tools/day-counter/" },
    { name: "pause", path: "/tools/pause/" },
    { name: "final message", path: "/tools/final-message/" },
    { name: "contact log", path: "/tools/contact-log/" },
    { name: "safety plan", path: "/tools/safety-plan/" },
  ];
}

/** The lesson with the most HTML: budgets are about the worst case, not the average. */
function heaviestLesson(distDir: string): string {
  const sized = lessonPages(distDir).map((path) => ({ path, html: measurePage(distDir, path).html }));
  return sized.reduce((a, b) => (b.html > a.html ? b : a)).path;
}

export const kb = (bytes: number | undefined): string => (bytes === undefined ? "–" : `${(bytes / KB).toFixed(1)} kB`);
export const row = (cells: readonly (string | number)[], widths: readonly number[]): string =>
  cells.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join("  ").trimEnd();

export function weightRows(distDir: string): WeightRow[] {
  return pageTypes(distDir).map((type) => {
    if (!existsSync(join(distDir, type.path, "index.html"))) return { ...type, missing: true };
    return { ...type, weight: measurePage(distDir, type.path), onDemandJs: type.onDemand && measureScripts(distDir, type.onDemand) };
  });
}

export function printWeights(rows: readonly WeightRow[]): void {
  const widths = [13, 9, 9, 11, 14];
  console.log("\nPage weight, gzip (deterministic; 1 kB = 1024 B)");
  console.log(row(["page", "HTML", "CSS", "JS at once", "JS on demand", "path"], widths));
  for (const r of rows) {
    if (r.missing) console.log(row([r.name, "not built yet", "", "", "", r.path], [13, 42]));
    else console.log(row([r.name, kb(r.weight.html), kb(r.weight.css), kb(r.weight.js), kb(r.onDemandJs), r.path], widths));
  }
  console.log(`lesson budget: HTML ${kb(lessonBudget.html)}, CSS ${kb(lessonBudget.css)}, JS at once ${kb(lessonBudget.js)} (npm run check:budgets)`);
}
