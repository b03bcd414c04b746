import type { Page } from "@playwright/test";
import { siteSettings } from "../../../src/lib/site-settings";

/** Where the quick exit goes. */
export const exitDestination = new URL(siteSettings.exitUrl);

/** Stands in for the neutral site so no test request leaves this machine. */
export async function stubExitDestination(page: Page): Promise<void> {
  await page.context().route(`${exitDestination.origin}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
}
