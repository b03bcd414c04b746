import { expect, test } from "@playwright/test";
import { siteSettings } from "../../src/lib/site-settings";
import { exitDestination, stubExitDestination } from "./support/exit-destination";

const destination = exitDestination;

test.beforeEach(async ({ page }) => {
  await stubExitDestination(page);
});

test("the exit link is named, safe and points at the neutral site", async ({ page }) => {
  await page.goto("/lessons/when-it-ends/");
  const link = page.getByRole("link", { name: "Exit this page" });
  await expect(link).toHaveAttribute("href", siteSettings.exitUrl);
  await expect(link).toHaveAttribute("rel", "nofollow noreferrer");
});

test("clicking exit hides the page at once, leaves, and Back does not return to it", async ({ page }) => {
  await page.goto("/");
  await page.goto("/lessons/establishing-no-contact/");
  await page.getByRole("link", { name: "Exit this page" }).click();
  await expect(page).toHaveURL(destination.href);
  await expect(page.locator("h1")).toHaveText("Weather");
  await page.goBack();
  await expect(page).not.toHaveURL(/establishing-no-contact/);
});

test("the page content is hidden before the destination loads", async ({ page }) => {
  await page.goto("/lessons/when-it-ends/");
  // Hold the destination so the moment between click and arrival can be observed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().unroute(`${destination.origin}/**`);
  await page.context().route(`${destination.origin}/**`, async (route) => {
    await held;
    await route.fulfill({ contentType: "text/html", body: "<h1>Weather</h1>" });
  });
  const hiddenRightAfterClick = await page.evaluate(() => {
    document.querySelector<HTMLAnchorElement>("[data-quick-exit]")?.click();
    return document.body.hidden && document.title === "";
  });
  expect(hiddenRightAfterClick).toBe(true);
  release();
  await expect(page.locator("h1")).toHaveText("Weather");
});

test("pressing Shift three times exits, announcing each press", async ({ page }) => {
  await page.goto("/lessons/when-it-ends/");
  const status = page.locator("[data-quick-exit-status]");
  await expect(status).toHaveAttribute("aria-live", "polite");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 1 more time to exit.");
  await page.keyboard.press("Shift");
  await expect(page).toHaveURL(destination.href);
});

test("another key or Escape resets the count and never exits", async ({ page }) => {
  await page.goto("/lessons/when-it-ends/");
  const status = page.locator("[data-quick-exit-status]");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Escape");
  await expect(status).toHaveText("");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/when-it-ends/);
});

test("the count resets after five seconds", async ({ page }) => {
  await page.clock.install();
  await page.goto("/lessons/when-it-ends/");
  const status = page.locator("[data-quick-exit-status]");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.clock.runFor(5_100);
  await expect(status).toHaveText("");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
  await expect(page).toHaveURL(/when-it-ends/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the exit link still leaves the site", async ({ page }) => {
    await page.goto("/lessons/when-it-ends/");
    await page.getByRole("link", { name: "Exit this page" }).click();
    await expect(page).toHaveURL(destination.href);
  });
});

test("the exit link is not printed", async ({ page }) => {
  await page.goto("/lessons/when-it-ends/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Exit this page" })).toBeHidden();
});
