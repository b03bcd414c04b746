// CI gate on page weight: every lesson page, and every page under /tools/, must stay within its gzip budget
// (scripts/budgets.ts). `npm run check:budgets` after `npm run build` (honours SITE_OUT_DIR). Fails naming page and overage.
import { distDir, lessonPages, requireBuild, toolPages } from "../tooling/built-site.ts";
import { describeOverage, KB, lessonBudget, overages, shareOfBudget, toolBudget, type PageWeight, type Resource } from "./budgets.ts";
import { measurePage } from "./page-weight.ts";

const dir = distDir();
requireBuild(dir);

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} kB`;

/** Prints one group's budget and its heaviest page per resource; returns the group's overages. */
function checkGroup(name: string, pages: readonly string[], budget: PageWeight) {
  const weights = pages.map((page) => ({ page, weight: measurePage(dir, page) }));
  // The heaviest page for each resource shows how much room is left as pages grow.
  console.log(`${name} budget (gzip): HTML ${kb(budget.html)}, CSS ${kb(budget.css)}, JS at load ${kb(budget.js)}`);
  for (const kind of ["html", "css", "js"] satisfies Resource[]) {
    const heaviest = weights.reduce((a, b) => (b.weight[kind] > a.weight[kind] ? b : a));
    const used = Math.round(shareOfBudget(heaviest.weight[kind], budget[kind]) * 100);
    console.log(`  ${kind.toUpperCase().padEnd(4)} heaviest ${kb(heaviest.weight[kind]).padStart(7)} (${used}% of budget) ${heaviest.page}`);
  }
  return { count: weights.length, failures: weights.flatMap(({ page, weight }) => overages(page, weight, budget)) };
}

const lessons = checkGroup("Lesson", lessonPages(dir), lessonBudget);
const tools = checkGroup("Tool page", toolPages(dir), toolBudget);
const failures = [...lessons.failures, ...tools.failures];
if (failures.length > 0) {
  console.error(`\nOver budget (${failures.length}):`);
  for (const failure of failures) console.error(`  ${describeOverage(failure)}`);
  process.exit(1);
}
console.log(`All ${lessons.count} lesson pages and ${tools.count} tool pages are within budget.`);
