import { expect, test } from "@playwright/test";
import { recordForeignRequests } from "../../tooling/chromium.ts";
import { builtPages } from "./support/site";

for (const path of builtPages()) {
  test(`${path} makes no request outside the site`, async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, new URL(baseURL ?? "").origin);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(foreign).toEqual([]);
  });
}

test("a search downloads nothing from elsewhere", async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, new URL(baseURL ?? "").origin);
  await page.goto("/search/?q=money");
  await expect(page.locator("#search-results a").first()).toBeVisible();
  expect(foreign).toEqual([]);
});
