// Hosts without headers (GitHub Pages) can't forbid framing, so pages with the reader's words or
// controls hide themselves inside another site's frame. The static server here sends no headers.
import { expect, test, type Page } from "@playwright/test";
import { lessonAt, lessonPath } from "./support/lessons";

/** Shows `path` in a frame of another origin (the test's blank page) and waits until it has loaded. */
async function frame(page: Page, baseURL: string | undefined, path: string) {
  const loaded = page.waitForEvent("framenavigated", (frame) => frame.url().endsWith(path));
  await page.setContent(`<iframe title="framed" src="${baseURL}${path}"></iframe>`);
  const framed = await loaded;
  await framed.waitForLoadState("load");
  return framed;
}

for (const path of ["/safety/", "/reflections/"]) {
  test(`${path} hides itself when another site frames it`, async ({ page, baseURL }) => {
    const framed = await frame(page, baseURL, path);
    await expect(framed.locator("html")).toBeHidden();
  });
}

test("a lesson in a frame is left as it is: only pages with the reader's data or controls are guarded", async ({ page, baseURL }) => {
  const framed = await frame(page, baseURL, lessonPath(lessonAt(0).slug));
  await expect(framed.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(framed.locator("script[src*='FrameGuard']")).toHaveCount(0);
});

test("the guarded page shows as usual when opened directly", async ({ page }) => {
  await page.goto("/safety/");
  await expect(page.getByRole("heading", { level: 1, name: "Staying safe while you read" })).toBeVisible();
});
