import { expect, test } from "@playwright/test";
import { contactWayLabel } from "../../src/components/shared/contact-way-label";
import { allNumbers, contactHref, emergencyGroups, helpRegions, topTipsHelplines } from "../../src/lib/helplines";
import { phoneNumbersIn } from "../../src/lib/phone-number-text";
import { lessonAt, lessonPath } from "./support/lessons";
import { builtPages } from "./support/site";

const numbers = allNumbers(helpRegions);

test.describe("every phone number on screen is a link that calls or texts it", () => {
  for (const path of builtPages()) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const { outside, links } = await page.evaluate(() => {
        const inLink = (node: Node) => node.parentElement?.closest('a[href^="tel:"], a[href^="sms:"]');
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const texts: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!inLink(node) && !node.parentElement?.closest("script, style, noscript")) texts.push(node.textContent ?? "");
        }
        const phoneLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]')].map((link) => ({
          text: link.textContent ?? "",
          href: link.getAttribute("href") ?? "",
        }));
        return { outside: texts.join("\n"), links: phoneLinks };
      });
      expect(phoneNumbersIn(outside, numbers)).toEqual([]);
      // Each link dials the number its words show.
      for (const link of links) {
        const shown = phoneNumbersIn(link.text, numbers);
        expect(shown.length, link.text).toBe(1);
        expect(link.href.replace(/^(tel|sms):/, "").replace(/\?.*$/, "")).toBe((shown[0] ?? "").replace(/[^\d+]/g, ""));
      }
    });
  }
});

test("the lesson danger box lists every country's emergency number as tel: links, with its countries", async ({ page }) => {
  await page.goto(lessonPath(lessonAt(0).slug));
  const box = page.getByRole("complementary", { name: "If you are in danger now" });
  for (const region of helpRegions) {
    for (const way of region.emergency.ways) await expect(box.locator(`a[href="${contactHref(way)}"]`).first(), region.name).toBeVisible();
  }
  for (const group of emergencyGroups(helpRegions)) {
    await expect(box).toContainText(`${group.ways.map((way) => way.number).join(" or ")} (${group.countries.join(", ")})`);
  }
});

test("in print the numbers read as plain numbers", async ({ page }) => {
  await page.goto("/help/");
  await page.emulateMedia({ media: "print" });
  const [main] = topTipsHelplines(helpRegions);
  const link = page.getByRole("link", { name: contactWayLabel(main?.way ?? { kind: "call", number: "" }), exact: true }).first();
  await expect(link).toHaveCSS("color", "rgb(0, 0, 0)");
  expect(await link.evaluate((element) => getComputedStyle(element, "::after").content)).toBe("none");
});
