// How the browser tests and the scripts (bench, search evaluation) start and watch Chromium: one binary,
// one set of flags, one record of requests that leave the site.
import { existsSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

/**
 * Finds a Chromium to test with, in this order: CHROMIUM_PATH, Playwright's own download,
 * Debian's /usr/bin/chromium, then Google Chrome. Browsers can't be downloaded on every machine.
 */
export function chromiumPath(): string {
  const candidates = [
    process.env["CHROMIUM_PATH"],
    safely(() => chromium.executablePath()),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      "No Chromium found: set CHROMIUM_PATH, run `npx playwright install chromium`, or `apt-get install -y chromium`.",
    );
  }
  return found;
}

/** Flags that keep Chromium quiet: no sandbox (containers), no GPU, and no calls home of its own. */
export const quietChromiumFlags: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Flags for the scripts' own Chromium: headless, quiet, and every host except 127.0.0.1 made
 * unresolvable (the network may be closed, and privacy matters).
 */
export const scriptChromiumFlags: string[] = ["--headless", ...quietChromiumFlags, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"];

/** Records every request the page makes to anywhere but the site's own origin. */
export function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) foreign.push(request.url());
  });
  return foreign;
}

function safely(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
