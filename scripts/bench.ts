// `npm run bench`: a benchmark, not a test. Builds the project in temporary copies (never touching
// dist/), then prints page weights, Lighthouse mobile scores and build scaling. `-- --quick` skips the
// ×50 build and Lighthouse. Scores come from one run, build times from the fastest of two: compare ratios.
import { lighthouseMobile, type LighthouseSummary } from "./bench-lighthouse.ts";
import { measureScale } from "./bench-scaling.ts";
import { kb, printWeights, row, weightRows, type WeightRow } from "./page-weight-table.ts";
import { serveFolder } from "./static-server.ts";

const quick = process.argv.includes("--quick");
const multipliers = quick ? [1, 10] : [1, 10, 50];

/** A Lighthouse summary with the page type it is for. */
type NamedSummary = LighthouseSummary & { name: string };
/** One build size's measurements. */
type Scale = Awaited<ReturnType<typeof measureScale>>;

/** Lighthouse on home, the heaviest lesson and a search with results, served like a static host. */
async function runLighthouse(distDir: string, rows: readonly WeightRow[]): Promise<NamedSummary[]> {
  const lesson = rows.find((r) => r.name === "lesson");
  if (!lesson) throw new Error("The page-weight table has no lesson row to run Lighthouse on.");
  const server = await serveFolder(distDir);
  try {
    const targets = [
      { name: "home", path: "/" },
      { name: "lesson", path: lesson.path },
      { name: "search ?q=money", path: "/search/?q=money" },
    ];
    const results = await lighthouseMobile(targets.map((t) => `${server.origin}${t.path}`));
    return results.map((result, i) => ({ name: targets[i]?.name ?? result.url, ...result }));
  } finally {
    await server.close();
  }
}

function printLighthouse(results: readonly NamedSummary[]): void {
  const widths = [16, 5, 5, 5, 5, 8, 8, 6];
  console.log("\nLighthouse mobile (simulated slow 4G, mid-range phone; ONE run each, scores move a few points between runs)");
  console.log(row(["page", "perf", "a11y", "best", "seo", "LCP", "TBT", "CLS"], widths));
  for (const r of results) {
    const cells = [r.name, r.performance, r.accessibility, r.bestPractices, r.seo, `${(r.lcpMs / 1000).toFixed(2)} s`, `${Math.round(r.tbtMs)} ms`, r.cls.toFixed(3)];
    console.log(row(cells, widths));
  }
  const foreign = results.flatMap((r) => r.foreign);
  console.log(foreign.length === 0 ? "requests to other hosts during Lighthouse: none" : `REQUESTS TO OTHER HOSTS: ${foreign.join(", ")}`);
  for (const warning of results.flatMap((r) => r.warnings)) console.log(`lighthouse warning: ${warning}`);
}

function printScaling(scales: readonly Scale[]): void {
  const base = scales[0]?.seconds ?? NaN;
  const widths = [14, 9, 9, 15, 13, 22];
  console.log("\nBuild scaling (synthetic copies of every lesson; fastest of 2 cold builds each; compare ratios, not seconds)");
  console.log(row(["lessons", "build", "÷ real", "pagefind total", "index data", "first query (\"money\")"], widths));
  for (const s of scales) {
    const cells = [
      `${s.lessonCount} (×${s.multiplier})`,
      `${s.seconds.toFixed(1)} s`,
      `${(s.seconds / base).toFixed(2)}`,
      kb(s.pagefind.total),
      kb(s.pagefind.data),
      `${kb(s.firstQuery.bytes)} in ${s.firstQuery.requests} req.`,
    ];
    console.log(row(cells, widths));
  }
  console.log("first query = bytes transferred under /pagefind/ when /search/?q=money loads in Chromium (JS, WASM, index, fragments)");
}

const started = performance.now();
const log = (message: string): void => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${message}`);
const scales: Scale[] = [];
let rows: WeightRow[] = [];
let lighthouseResults: NamedSummary[] = [];
for (const multiplier of multipliers) {
  log(`building ×${multiplier} in a temporary copy…`);
  scales.push(
    await measureScale(multiplier, async (distDir) => {
      if (multiplier !== 1) return;
      rows = weightRows(distDir);
      if (!quick) {
        log("running Lighthouse (mobile) on home, a lesson and search…");
        lighthouseResults = await runLighthouse(distDir, rows);
      }
    }),
  );
}
printWeights(rows);
if (quick) console.log("\nLighthouse: skipped (--quick)");
else printLighthouse(lighthouseResults);
printScaling(scales);
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s (${new Date().toISOString()})`);
