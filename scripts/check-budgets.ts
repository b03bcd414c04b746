// CI gate on page weight: every lesson page must stay within its gzip budget (scripts/budgets.ts).
// `npm run check:budgets` after `npm run build` (honours SITE_OUT_DIR). Fails naming page and overage.
import { distDir, lessonPages, requireBuild } from "../tooling/built-site.ts";
import { describeOverage, KB, lessonBudget, overages, shareOfBudget, type Resource } from "./budgets.ts";
import { measurePage } from "./page-weight.ts";

const dir = distDir();
requireBuild(dir);

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} kB`;
const weights = lessonPages(dir).map((page) => ({ page, weight: measurePage(dir, page) }));

// The heaviest lesson for each resource shows how much room is left as lessons grow.
console.log(`Lesson budget (gzip): HTML ${kb(lessonBudget.html)}, CSS ${kb(lessonBudget.css)}, JS at load ${kb(lessonBudget.js)}`);
for (const kind of ["html", "css", "js"] satisfies Resource[]) {
  const heaviest = weights.reduce((a, b) => (b.weight[kind] > a.weight[kind] ? b : a));
  const used = Math.round(shareOfBudget(heaviest.weight[kind], lessonBudget[kind]) * 100);
  console.log(`  ${kind.toUpperCase().padEnd(4)} heaviest ${kb(heaviest.weight[kind]).padStart(7)} (${used}% of budget) ${heaviest.page}`);
}

const failures = weights.flatMap(({ page, weight }) => overages(page, weight, lessonBudget));
if (failures.length > 0) {
  console.error(`\nOver budget (${failures.length}):`);
  for (const failure of failures) console.error(`  ${describeOverage(failure)}`);
  process.exit(1);
}
console.log(`All ${weights.length} lesson pages are within budget.`);
