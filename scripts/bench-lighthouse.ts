// Lighthouse mobile runs for the bench, against the local build only. Lighthouse's default config is
// the mobile one (Moto G-class device, slow 4G simulated), which is the reader this course is built for.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromiumPath, scriptChromiumFlags } from "../tooling/chromium.ts";
import { isLocalHost } from "./link-report.ts";

const categories = ["performance", "accessibility", "best-practices", "seo"];

/** One page's Lighthouse scores (0–100), lab Core Web Vitals, and anything that was off. */
export interface LighthouseSummary {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Requests the page made to anywhere but the local server (there should be none). */
  foreign: string[];
  warnings: string[];
}

/** Scores (0–100) and the three Core Web Vitals Lighthouse can measure in a lab. */
function summarize(lhr: Result): Omit<LighthouseSummary, "url"> {
  const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const details = lhr.audits["network-requests"]?.details;
  const items = details?.type === "table" ? details.items : [];
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    // Every request the page made, so the bench can prove none left the machine.
    foreign: items
      .map((item) => item["url"])
      .filter((url): url is string => typeof url === "string" && /^https?:/.test(url) && !isLocalHost(new URL(url).hostname)),
    warnings: lhr.runWarnings ?? [],
  };
}

/** Runs Lighthouse (mobile) on each URL in turn, in one Chromium, and returns one summary per URL. */
export async function lighthouseMobile(urls: readonly string[]): Promise<LighthouseSummary[]> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: scriptChromiumFlags });
  try {
    const results: LighthouseSummary[] = [];
    for (const url of urls) {
      const runnerResult = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
      if (!runnerResult) throw new Error(`Lighthouse returned nothing for ${url}`);
      results.push({ url, ...summarize(runnerResult.lhr) });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
