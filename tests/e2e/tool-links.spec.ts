import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { toolList } from "../../src/components/tools/tool-pages";
import { builtPageFile, builtPages } from "./support/site";
import { lessonPath } from "./support/lessons";

const toolPath = (slug: string) => `/tools/${slug}/`;

/** The lessons each tool belongs to (issues #17 and #21), which must link to it. */
const lessonsOfTool: Record<string, readonly string[]> = {
  "day-counter": ["establishing-no-contact", "if-you-break-no-contact"],
  pause: ["the-urge-to-reach-out"],
  "final-message": ["your-final-message"],
  "contact-log": ["harassment-and-the-police"],
  "safety-plan": ["staying-safe-as-you-leave"],
};

test("every tool page is in the list, and every tool in the list has its lessons", () => {
  const built = builtPages().filter((path) => /^\/tools\/[^/]+\/$/.test(path));
  expect(toolList.map((tool) => toolPath(tool.slug)).sort()).toEqual(built.sort());
  expect(Object.keys(lessonsOfTool).sort()).toEqual(toolList.map((tool) => tool.slug).sort());
});

test("every page links to the pause tool in its header and to the tools in its footer", () => {
  for (const path of builtPages()) {
    const html = readFileSync(builtPageFile(path), "utf8");
    const header = /<header class="site-header[\s\S]*?<\/header>/.exec(html)?.[0] ?? "";
    const footer = /<footer class="site-footer[\s\S]*?<\/footer>/.exec(html)?.[0] ?? "";
    expect(header, `${path}: header links to the pause tool`).toContain(`href="${toolPath("pause")}"`);
    expect(footer, `${path}: footer links to the tools`).toContain('href="/tools/"');
  }
});

test("from a lesson, the footer reaches the tools list and the list reaches every tool", async ({ page }) => {
  await page.goto(lessonPath("establishing-no-contact"));
  await page.getByRole("contentinfo").getByRole("link", { name: "Tools", exact: true }).click();
  await expect(page).toHaveURL("/tools/");
  const items = page.locator(".tool-list > li");
  await expect(items).toHaveCount(toolList.length);
  for (const [index, tool] of toolList.entries()) {
    await expect(items.nth(index).getByRole("heading", { level: 2 })).toHaveText(tool.title);
    await expect(items.nth(index).getByText(tool.summary, { exact: true })).toBeVisible();
  }
  for (const tool of toolList) {
    await page.goto("/tools/");
    await page.locator(".tool-list").getByRole("link", { name: tool.title, exact: true }).click();
    await expect(page).toHaveURL(toolPath(tool.slug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tool.title);
  }
});

test("the header's Pause link opens the pause tool, and says so on its own page", async ({ page }) => {
  await page.goto("/safety/");
  const pause = page.getByRole("banner").getByRole("link", { name: "Pause before you reach out" });
  await expect(pause).toHaveText("Pause");
  await expect(pause).not.toHaveAttribute("aria-current");
  await pause.click();
  await expect(page).toHaveURL(toolPath("pause"));
  await expect(page.getByRole("banner").getByRole("link", { name: "Pause before you reach out" })).toHaveAttribute("aria-current", "page");
});

for (const [slug, lessons] of Object.entries(lessonsOfTool)) {
  for (const lesson of lessons) {
    test(`the lesson ${lesson} links to ${toolPath(slug)}`, async ({ page }) => {
      await page.goto(lessonPath(lesson));
      const link = page.locator("main").locator(`a[href="${toolPath(slug)}"]`);
      await expect(link.first()).toBeVisible();
      await link.first().click();
      await expect(page).toHaveURL(toolPath(slug));
    });
  }
}
