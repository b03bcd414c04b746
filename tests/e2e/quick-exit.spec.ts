import { expect, test } from "@playwright/test";
import { siteSettings } from "../../src/lib/site-settings";
import { exitDestination, stubExitDestination } from "./support/exit-destination";
import { lessonAt, lessonPath } from "./support/lessons";

/** Two lessons to leave from, read from the course. */
const lesson = lessonAt(0);
const anotherLesson = lessonAt(1);

const destination = exitDestination;

test.beforeEach(async ({ page }) => {
  await stubExitDestination(page);
});

test("the exit link is named, safe and points at the neutral site", async ({ page }) => {
  await page.goto(lessonPath(lesson.slug));
  const link = page.getByRole("link", { name: "Exit this page" });
  await expect(link).toHaveAttribute("href", siteSettings.exitUrl);
  await expect(link).toHaveAttribute("rel", "nofollow noreferrer");
});

test("clicking exit hides the page at once, leaves, and Back does not return to it", async ({ page }) => {
  await page.goto("/");
  await page.goto(lessonPath(anotherLesson.slug));
  await page.getByRole("link", { name: "Exit this page" }).click();
  await expect(page).toHaveURL(destination.href);
  await expect(page.locator("h1")).toHaveText("Weather");
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(lessonPath(anotherLesson.slug)));
});

test("exit opens the neutral page in a new tab and the course tab leaves too", async ({ page }) => {
  await page.goto(lessonPath(anotherLesson.slug));
  const newTab = page.context().waitForEvent("page");
  await page.getByRole("link", { name: "Exit this page" }).click();
  const opened = await newTab;
  await expect(opened).toHaveURL(destination.href);
  await expect(page).toHaveURL(destination.href);
});

for (const [blocker, script] of [
  ["refuses the new tab", () => (window.open = () => null)],
  ["throws on the new tab", () => (window.open = () => { throw new Error("Blocked"); })],
] as const) {
  test(`a popup blocker that ${blocker} never stops the course tab from leaving`, async ({ page }) => {
    await page.addInitScript(script);
    await page.goto("/");
    await page.goto(lessonPath(anotherLesson.slug));
    await page.getByRole("link", { name: "Exit this page" }).click();
    await expect(page).toHaveURL(destination.href);
    expect(page.context().pages()).toHaveLength(1);
    await page.goBack();
    await expect(page).not.toHaveURL(new RegExp(lessonPath(anotherLesson.slug)));
  });
}

test("a page shown again from the back/forward cache after an exit stays hidden and leaves again", async ({ page }) => {
  await page.goto(lessonPath(lesson.slug));
  // The first exit is answered "204 No Content", so this tab stays on the (hidden) lesson, as it would
  // if a browser kept it and later restored it from the back/forward cache.
  let answered = 0;
  await page.context().unroute(`${destination.origin}/**`);
  await page.context().route(`${destination.origin}/**`, (route) => {
    answered += 1;
    return answered === 1 ? route.fulfill({ status: 204 }) : route.fulfill({ contentType: "text/html", body: "<h1>Weather</h1>" });
  });
  await page.addInitScript(() => (window.open = () => null));
  await page.evaluate(() => {
    window.open = () => null;
    document.querySelector<HTMLAnchorElement>("[data-quick-exit]")?.click();
  });
  await expect.poll(() => answered).toBe(1);
  await expect(page).toHaveURL(new RegExp(lessonPath(lesson.slug)));
  expect(await page.evaluate(() => document.body.hidden)).toBe(true);
  // What a browser fires when it restores a page from the back/forward cache.
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
  await expect(page).toHaveURL(destination.href);
  await expect(page.locator("h1")).toHaveText("Weather");
});

test("an ordinary page show does not exit", async ({ page }) => {
  await page.goto(lessonPath(lesson.slug));
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
  await expect(page.locator("h1")).toHaveText("When it ends");
  expect(await page.evaluate(() => document.body.hidden)).toBe(false);
});

test("the page content is hidden before the destination loads", async ({ page }) => {
  await page.goto(lessonPath(lesson.slug));
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
  await page.goto(lessonPath(lesson.slug));
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
  await page.goto(lessonPath(lesson.slug));
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
  await expect(page).toHaveURL(new RegExp(lessonPath(lesson.slug)));
});

test("the count resets after five seconds", async ({ page }) => {
  await page.clock.install();
  await page.goto(lessonPath(lesson.slug));
  const status = page.locator("[data-quick-exit-status]");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.clock.runFor(5_100);
  await expect(status).toHaveText("");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift, press 2 more times to exit.");
  await expect(page).toHaveURL(new RegExp(lessonPath(lesson.slug)));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the exit link still leaves the site", async ({ page }) => {
    await page.goto(lessonPath(lesson.slug));
    await page.getByRole("link", { name: "Exit this page" }).click();
    await expect(page).toHaveURL(destination.href);
  });
});

test("the exit link is not printed", async ({ page }) => {
  await page.goto(lessonPath(lesson.slug));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Exit this page" })).toBeHidden();
});
