// CI guard: fails when any unit or browser test was skipped, or when none ran at all.
import { readFileSync } from "node:fs";

const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));
const unit = read("reports/unit.json");
const e2e = read("reports/e2e.json").stats;

const counts = {
  "unit tests run": unit.numTotalTests - unit.numPendingTests - unit.numTodoTests,
  "unit tests skipped": unit.numPendingTests + unit.numTodoTests,
  "browser tests run": e2e.expected + e2e.unexpected + e2e.flaky,
  "browser tests skipped": e2e.skipped,
};
console.log(Object.entries(counts).map(([name, count]) => `${name}: ${count}`).join("\n"));

const problems = [];
if (counts["unit tests run"] === 0) problems.push("no unit tests ran");
if (counts["browser tests run"] === 0) problems.push("no browser tests ran");
if (counts["unit tests skipped"] > 0 || counts["browser tests skipped"] > 0) problems.push("some tests were skipped");
if (problems.length > 0) {
  console.error(`Test run not accepted: ${problems.join("; ")}.`);
  process.exit(1);
}
