import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

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

function safely(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
