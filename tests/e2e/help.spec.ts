import { expect, test } from "@playwright/test";
import { contactHref, helpRegions } from "../../src/lib/helplines";
import { lessonAt, lessonPath } from "./support/lessons";

test("the help page says it is not an emergency service and what to do in danger now", async ({ page }) => {
  await page.goto("/help/");
  await expect(page.locator("h1")).toHaveText("Get help");
  await expect(page.getByText("It is not an emergency service")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "If you are in danger right now" })).toBeVisible();
  await expect(page.getByText("Numbers last checked in November 2026")).toBeVisible();
});

test("every country lists its emergency number and helplines, each with a working call or text link", async ({ page }) => {
  await page.goto("/help/");
  for (const region of helpRegions) {
    const section = page.locator(`section#${region.id}`);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(region.name);
    for (const service of [region.emergency, ...region.helplines]) {
      const item = section.locator("li.helpline").filter({ has: page.getByRole("heading", { level: 3, name: service.name, exact: true }) });
      await expect(item).toContainText(service.purpose);
      for (const way of service.ways) {
        await expect(item.locator(`a[href="${contactHref(way)}"]`).first()).toBeVisible();
      }
    }
  }
});

test("the numbers readers rely on are there, with the right links", async ({ page }) => {
  await page.goto("/help/");
  const links: [string, string, string][] = [
    ["uk", "Call 999", "tel:999"],
    ["uk", "Call 101", "tel:101"],
    ["uk", "Call 0808 2000 247", "tel:08082000247"],
    ["uk", "Call 0808 801 0327", "tel:08088010327"],
    ["uk", "Call 0808 802 0300", "tel:08088020300"],
    ["us", "Call 911", "tel:911"],
    ["us", "Call 800-799-7233", "tel:8007997233"],
    ["us", "TTY 800-787-3224", "tel:8007873224"],
    ["us", "Text START to 88788", "sms:88788?body=START"],
    ["us", "Call 1-866-331-9474", "tel:18663319474"],
    ["us", "Call 988", "tel:988"],
    ["us", "Text 988", "sms:988"],
    ["uk", "Call 0800 027 1234", "tel:08000271234"],
    ["uk", "Call 0808 80 10 800", "tel:08088010800"],
    ["uk", "Text 07860 077333", "sms:07860077333"],
    ["uk", "Call 0808 802 1414", "tel:08088021414"],
    ["uk", "Call 0800 999 5428", "tel:08009995428"],
    ["uk", "Call 116 123", "tel:116123"],
    ["ireland", "Call 116 123", "tel:116123"],
    ["australia", "Call 13 11 14", "tel:131114"],
    ["new-zealand", "Call 1737", "tel:1737"],
    ["canada", "Call 988", "tel:988"],
    ["us", "Text LOVEIS to 22522", "sms:22522?body=LOVEIS"],
    ["australia", "Call 000", "tel:000"],
    ["australia", "Call 1800 737 732", "tel:1800737732"],
    ["australia", "Text 0458 737 732", "sms:0458737732"],
    ["ireland", "Call 112", "tel:112"],
    ["ireland", "Call 999", "tel:999"],
    ["ireland", "Call 1800 341 900", "tel:1800341900"],
    ["new-zealand", "Call 111", "tel:111"],
    ["new-zealand", "Call 0800 733 843", "tel:0800733843"],
    ["canada", "Call 911", "tel:911"],
    ["canada", "Call 1-800-363-9010", "tel:18003639010"],
    ["europe", "Call 112", "tel:112"],
  ];
  for (const [region, name, href] of links) {
    await expect(page.locator(`#${region}`).getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
  }
  await expect(page.locator("#uk")).toContainText("press 55 when asked");
  await expect(page.locator("#us")).toContainText("Texting the emergency number only works in some areas. Call if you can.");
});

test("each service says when its number was checked and where", async ({ page }) => {
  await page.goto("/help/");
  const galop = page.locator("#uk li.helpline").filter({ hasText: "Galop" });
  await expect(galop).toContainText("Checked November 2026 on galop.org.uk.");
  await expect(galop.getByRole("link", { name: "galop.org.uk" })).toHaveAttribute("href", "https://www.galop.org.uk/lgbtq-survivors-user-agreement/");
});

test("a lesson's danger block links to the help page", async ({ page }) => {
  await page.goto(lessonPath(lessonAt(0).slug));
  await page.getByRole("complementary", { name: "If you are in danger now" }).getByRole("link", { name: "Find helplines near you" }).click();
  await expect(page).toHaveURL("/help/");
});

test("the country links jump to each country's section", async ({ page }) => {
  await page.goto("/help/");
  await page.getByRole("navigation", { name: "Go to your country:" }).getByRole("link", { name: "New Zealand" }).click();
  await expect(page).toHaveURL("/help/#new-zealand");
  await expect(page.getByRole("heading", { level: 2, name: "New Zealand" })).toBeInViewport();
});

test("the footer links to the help, safety and top-tips pages", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("navigation", { name: "Site" });
  await expect(footer.getByRole("link", { name: "Get help" })).toHaveAttribute("href", "/help/");
  await expect(footer.getByRole("link", { name: "Staying safe" })).toHaveAttribute("href", "/safety/");
  await expect(footer.getByRole("link", { name: "Top tips to print" })).toHaveAttribute("href", "/top-tips/");
});
