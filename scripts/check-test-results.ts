// The guard `npm test` and CI end with: a run is accepted only when no test was skipped or marked
// as expected to fail, every test file was collected, and at least the committed minimum ran
// (tests/minimum-test-counts.json), so tests cannot quietly vanish.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** What the guard reads of vitest's JSON report. */
export interface UnitReport {
  numTotalTests: number;
  numPendingTests: number;
  numTodoTests: number;
  /** One entry per test file, named by its path. */
  testResults: { name: string }[];
}

/** What the guard reads of a suite in Playwright's JSON report (a file, or a describe block in it). */
export interface BrowserSuite {
  file?: string;
  specs?: { title: string; file?: string; tests: { expectedStatus: string }[] }[];
  suites?: BrowserSuite[];
}

/** What the guard reads of Playwright's JSON report. */
export interface BrowserReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: BrowserSuite[];
}

/** One test run: both reports, the committed minimums and the test files on disk. */
export interface TestRun {
  unit: UnitReport;
  e2e: BrowserReport;
  minimums: { unit: number; browser: number };
  unitFiles: string[];
  browserFiles: string[];
  /** Each unit test file's source, by path, to find tests marked as expected to fail. */
  unitSources?: Record<string, string>;
}

interface BrowserTest {
  expectedStatus: string;
  title: string;
  file: string;
}

/** Every file under `dir` whose name ends with `suffix`, relative to the project root. */
function filesEndingWith(dir: string, suffix: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Every Playwright test in the JSON report, with the file it came from. */
function browserTests(suites: readonly BrowserSuite[], file = ""): BrowserTest[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) => spec.tests.map((test) => ({ ...test, title: spec.title, file: spec.file ?? suite.file ?? file }))),
    ...browserTests(suite.suites ?? [], suite.file ?? file),
  ]);
}

const expectedFailure = /\b(?:it|test|describe)(?:\.\w+)*\.fails?\s*\(/;

/**
 * The reasons a run is not accepted (none when it is). `unit` is vitest's JSON report, `e2e`
 * Playwright's, `minimums` the committed counts, and the file lists what exists on disk.
 */
export function problemsWith({ unit, e2e, minimums, unitFiles, browserFiles, unitSources = {} }: TestRun): { counts: Record<string, number>; problems: string[] } {
  const problems: string[] = [];
  const unitRun = unit.numTotalTests - unit.numPendingTests - unit.numTodoTests;
  const unitSkipped = unit.numPendingTests + unit.numTodoTests;
  const tests = browserTests(e2e.suites ?? []);
  const browserRun = e2e.stats.expected + e2e.stats.unexpected + e2e.stats.flaky;
  if (unitRun < minimums.unit) problems.push(`${unitRun} unit tests ran, fewer than the ${minimums.unit} expected`);
  if (browserRun < minimums.browser) problems.push(`${browserRun} browser tests ran, fewer than the ${minimums.browser} expected`);
  if (unitSkipped > 0 || e2e.stats.skipped > 0) problems.push(`${unitSkipped + e2e.stats.skipped} tests were skipped`);
  const expectedToFail = [
    ...tests.filter((test) => test.expectedStatus === "failed").map((test) => `${test.file}: ${test.title}`),
    // Vitest reports an `it.fails` that failed as passed, so look for it in the source instead.
    ...Object.entries(unitSources).filter(([, text]) => expectedFailure.test(text)).map(([file]) => `${file}: uses .fails`),
  ];
  if (expectedToFail.length > 0) problems.push(`tests marked as expected to fail: ${expectedToFail.join("; ")}`);
  const collectedUnit = new Set(unit.testResults.map((file) => relative(root, resolve(root, file.name))));
  const missedUnit = unitFiles.filter((file) => !collectedUnit.has(file));
  if (missedUnit.length > 0) problems.push(`unit test files never collected: ${missedUnit.join(", ")}`);
  const collectedBrowser = new Set(tests.map((test) => test.file));
  const missedBrowser = browserFiles.filter((file) => !collectedBrowser.has(relative("tests/e2e", file)) && !collectedBrowser.has(file));
  if (missedBrowser.length > 0) problems.push(`browser test files never collected: ${missedBrowser.join(", ")}`);
  return { counts: { "unit tests run": unitRun, "browser tests run": browserRun }, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), "utf8")) as T;
  const unitFiles = filesEndingWith("tests", ".test.ts");
  const { counts, problems } = problemsWith({
    unit: read<UnitReport>("reports/unit.json"),
    e2e: read<BrowserReport>("reports/e2e.json"),
    minimums: read<TestRun["minimums"]>("tests/minimum-test-counts.json"),
    unitFiles,
    unitSources: Object.fromEntries(unitFiles.map((file) => [file, readFileSync(join(root, file), "utf8")])),
    browserFiles: filesEndingWith("tests", ".spec.ts"),
  });
  console.log(Object.entries(counts).map(([name, count]) => `${name}: ${count}`).join("\n"));
  if (problems.length > 0) {
    console.error(`Test run not accepted: ${problems.join("; ")}.`);
    process.exit(1);
  }
  // The plain closing line CI reads: every test that ran passed (a failure stops npm test before this guard).
  console.log(`${Object.values(counts).reduce((sum, count) => sum + count, 0)} passed, 0 failed`);
}
