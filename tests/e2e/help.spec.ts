import { expect, test } from "@playwright/test";
import { contactWayLabel } from "../../src/components/shared/contact-way-label";
import { allServices, checkedMonth, contactHref, helpRegions, oldestCheck } from "../../src/lib/helplines";
import { lessonAt, lessonPath } from "./support/lessons";

test("the help page says it is not an emergency service and what to do in danger now", async ({ page }) => {
  await page.goto("/help/");
  await expect(page.locator("h1")).toHaveText("Get help");
  await expect(page.getByText("It is not an emergency service")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "If you are in danger right now" })).toBeVisible();
  await expect(page.getByText(`Numbers last checked in ${checkedMonth(oldestCheck(helpRegions), "en")}`)).toBeVisible();
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

test("every number in the help data is a link that dials its digits, with the words around it", async ({ page }) => {
  await page.goto("/help/");
  for (const region of helpRegions) {
    const section = page.locator(`#${region.id}`);
    for (const way of allServices([region]).flatMap((service) => service.ways)) {
      const link = section.getByRole("link", { name: contactWayLabel(way), exact: true }).first();
      await expect(link, `${region.name}: ${contactWayLabel(way)}`).toHaveAttribute("href", contactHref(way));
      // The link dials the digits written in the data, whatever contactHref does.
      expect(((await link.getAttribute("href")) ?? "").replace(/^(tel|sms):/, "").replace(/\?.*$/, "")).toBe(way.number.replace(/[^\d+]/g, ""));
    }
    if (region.silentCall) await expect(section).toContainText(region.silentCall.after);
    const notes = [region.note ?? [], ...allServices([region]).map((service) => service.note ?? [])].flat();
    for (const note of notes) await expect(section).toContainText(note);
  }
});

test("each service says when its number was checked and where", async ({ page }) => {
  await page.goto("/help/");
  for (const region of helpRegions) {
    for (const service of allServices([region])) {
      const item = page.locator(`#${region.id} li.helpline`).filter({ has: page.getByRole("heading", { level: 3, name: service.name, exact: true }) });
      await expect(item).toContainText(`Checked ${checkedMonth(service.checked, "en")} on`);
      await expect(item.locator(`a[href="${service.source}"]`)).toHaveAttribute("rel", "noreferrer");
    }
  }
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
