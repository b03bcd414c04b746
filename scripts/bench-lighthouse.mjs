// Lighthouse mobile runs for the bench, against the local build only. Lighthouse's default config is
// the mobile one (Moto G-class device, slow 4G simulated), which is the reader this course is built for.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumFlags, chromiumPath } from "./bench-browser.mjs";
import { isLocalHost } from "./link-report.mjs";

const categories = ["performance", "accessibility", "best-practices", "seo"];

/** Scores (0–100) and the three Core Web Vitals Lighthouse can measure in a lab. */
function summarize(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    // Every request the page made, so the bench can prove none left the machine.
    foreign: items.map((item) => item.url).filter((url) => /^https?:/.test(url) && !isLocalHost(new URL(url).hostname)),
    warnings: lhr.runWarnings ?? [],
  };
}

/** Runs Lighthouse (mobile) on each URL in turn, in one Chromium, and returns one summary per URL. */
export async function lighthouseMobile(urls) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumFlags });
  try {
    const results = [];
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
