// The scripted components are custom elements that work only inside their own root. When markup they
// need is missing they throw an ElementError naming the element and the missing part, and leave the
// element unenhanced (the no-script version stays), instead of silently doing nothing.
import { expect, test } from "@playwright/test";

const components = [
  { element: "nc-quick-exit", path: "/lessons/when-it-ends/", part: "[data-quick-exit-status]" },
  { element: "nc-site-header", path: "/lessons/when-it-ends/", part: "details" },
  { element: "nc-search-results", path: "/search/", part: "[data-search-status]" },
  { element: "nc-print-button", path: "/top-tips/", part: "button" },
] as const;

for (const { element, path, part } of components) {
  test(`<${element}> without its ${part} fails loudly with an ElementError and stays unenhanced`, async ({ page }) => {
    await page.goto(path);
    const root = page.locator(element);
    await expect(root).toHaveAttribute("data-enhanced", "");
    const error = page.waitForEvent("pageerror");
    // A fresh copy of the server markup without the part, put back into the page.
    await root.evaluate((node, missing) => {
      const copy = node.cloneNode(true) as HTMLElement;
      copy.removeAttribute("data-enhanced");
      copy.querySelector(missing)?.remove();
      node.replaceWith(copy);
    }, part);
    const thrown = await error;
    expect(thrown.name).toBe("ElementError");
    expect(thrown.message).toBe(`${element}: no element matches ${part}`);
    await expect(page.locator(element)).not.toHaveAttribute("data-enhanced");
  });
}

test("every scripted component on a page is enhanced once its script runs", async ({ page }) => {
  await page.goto("/lessons/when-it-ends/");
  for (const element of ["nc-quick-exit", "nc-site-header"]) await expect(page.locator(element)).toHaveAttribute("data-enhanced", "");
  await page.goto("/search/");
  await expect(page.locator("nc-search-results")).toHaveAttribute("data-enhanced", "");
  await expect(page.getByText("Search needs JavaScript")).toBeHidden();
  await page.goto("/top-tips/");
  await expect(page.getByRole("button", { name: "Print this page" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("no scripted component shows a control that needs a script", async ({ page }) => {
    for (const path of ["/lessons/when-it-ends/", "/search/", "/top-tips/"]) {
      await page.goto(path);
      for (const needsScript of await page.locator("[data-needs-js]").all()) await expect(needsScript, path).toBeHidden();
      for (const noScript of await page.locator("[data-no-js]").all()) await expect(noScript, path).toBeVisible();
      await expect(page.locator("[data-enhanced]"), path).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Exit this page" }), path).toBeVisible();
    }
  });
});
