import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { locale } from "@ui-strings";
import { expect, test, type Page } from "@playwright/test";
import { contactWayLabel } from "../../src/components/shared/contact-way-label";
import { helpRegions } from "../../src/lib/helplines";
import { lessonData } from "./support/lessons";

/** The UK's emergency number and its link text, read from the helplines data. */
const ukEmergency = helpRegions.find((region) => region.id === "uk")?.emergency.ways[0] ?? { kind: "call", number: "" };

const url = "/tools/safety-plan/";
const key = "nocontact:safety-plan";
const chrome = ["No Contact", "Exit this page", "Search the course", "Skip to main content", "Print my plan", "Erase my plan", "nocontact"];
const stored = (page: Page) => page.evaluate((name) => localStorage.getItem(name), key);
const status = (page: Page) => page.locator(".plan-status");

/** What the test writes in every part of the plan. */
const answers = {
  "Title of your printed plan": "Plan for Thursdays",
  "Who I trust, and how I reach them": "Sam next door; my sister Ana",
  "Our code word, and what they do when they hear it": "Blue umbrella: call the police",
  "Where I can go, and how I get there": "Ana's flat, bus 12 from the corner",
  "Where I keep them": "In the boot of Ana's car",
  "What I will do": "Keep the chain on and call for help",
  "School or nursery, and what they have been told": "Hillside Primary knows; teacher Ms Reed",
  "Who may collect them, and who may not": "Only me or Ana",
} as const;

async function fillPlan(page: Page) {
  for (const [label, text] of Object.entries(answers)) await page.getByLabel(label, { exact: true }).fill(text);
  await page.getByLabel("Keys", { exact: true }).check();
  await page.getByLabel("Medicines", { exact: true }).check();
  await page.getByLabel("Something else to keep ready").fill("Spare glasses");
  await page.getByRole("button", { name: "Add to the list" }).click();
  await page.getByLabel("Spare glasses", { exact: true }).check();
  await page.getByLabel(phoneStep, { exact: true }).check();
  await page.getByLabel("My country").selectOption({ label: "United Kingdom" });
  await page.getByRole("button", { name: "Add a number" }).click();
  await page.getByLabel("Who", { exact: true }).fill("Ana");
  await page.getByLabel("Number", { exact: true }).fill("07000 000000");
  await expect(status(page)).toHaveText("Saved on this device");
}

/** The phone lesson's first checklist step, as the lesson words it. */
const phoneStep = "Start on a device your ex has never used, such as a new phone or a trusted friend's.";

async function printToPdf(page: Page, format: "A4" | "Letter"): Promise<{ pages: number; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), "safety-plan-"));
  try {
    const file = join(dir, `plan-${format}.pdf`);
    await page.emulateMedia({ media: "print" });
    writeFileSync(file, await page.pdf({ format }));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    return { pages, text: execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("every part filled in is saved as typed and is all there after a reload", async ({ page }) => {
  await page.goto(url);
  await fillPlan(page);
  await page.reload();
  for (const [label, text] of Object.entries(answers)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
  await expect(page.getByLabel("Keys", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Money", { exact: true })).not.toBeChecked();
  await expect(page.getByLabel("Spare glasses", { exact: true })).toBeChecked();
  await expect(page.getByLabel(phoneStep, { exact: true })).toBeChecked();
  await expect(page.getByLabel("My country")).toHaveValue("uk");
  await expect(page.locator(".safety-plan__editor").getByRole("link", { name: contactWayLabel(ukEmergency) })).toBeVisible();
  await expect(page.getByLabel("Number", { exact: true })).toHaveValue("07000 000000");
  expect(JSON.parse((await stored(page)) ?? "{}")).toMatchObject({ version: 2, state: "open", plan: { title: "Plan for Thursdays", readyTicked: ["keys", "medicines"], country: "uk" } });
});

test("the phone steps are the phone lesson's own checklist", async ({ page }) => {
  await page.goto(url);
  const steps = page.locator("#plan-phone").locator("xpath=..").locator(".plan-checklist label");
  await expect(steps.first()).toHaveText(phoneStep);
  expect(await steps.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole("link", { name: lessonData("your-phone-and-accounts").title })).toHaveAttribute("href", "/lessons/your-phone-and-accounts/");
});

test("text typed just before leaving is saved on the way out", async ({ page }) => {
  await page.clock.install();
  await page.goto(url);
  await page.getByLabel("What I will do", { exact: true }).fill("Not open the door");
  await page.goto("/help/");
  await page.goto(url);
  await expect(page.getByLabel("What I will do", { exact: true })).toHaveValue("Not open the door");
});

for (const format of ["A4", "Letter"] as const) {
  test(`the plan prints on one or two ${format} pages, with the reader's title and words and no site name`, async ({ page }) => {
    await page.goto(url);
    await fillPlan(page);
    const { pages, text } = await printToPdf(page, format);
    console.log(`safety plan ${format}: ${pages} page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain("Plan for Thursdays");
    expect(text).toContain(new Intl.DateTimeFormat(locale.intl, { dateStyle: "long" }).format(new Date()));
    for (const answer of Object.values(answers)) expect(text).toContain(answer);
    for (const expected of ["Keys", "Spare glasses", phoneStep, ukEmergency.number, "Ana: 07000 000000"]) expect(text).toContain(expected);
    expect(text).not.toContain("Money");
    for (const unwanted of chrome) expect(text).not.toContain(unwanted);
  });
}

test("the site's name prints only when the reader ticks the option, and the default title is “My plan”", async ({ page }) => {
  await page.goto(url);
  await page.getByLabel("Where I can go, and how I get there").fill("The library");
  await page.getByLabel("Also print this site's name and address").check();
  await expect(status(page)).toHaveText("Saved on this device");
  const { text } = await printToPdf(page, "A4");
  expect(text).toContain("My plan");
  expect(text).toContain("From No Contact");
});

test("printing puts the reader's title, not the site's, on the document", async ({ page }) => {
  await page.goto(url);
  await page.getByLabel("Title of your printed plan").fill("Shopping list");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  expect(await page.title()).toBe("Shopping list");
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  expect(await page.title()).toContain("My safety plan");
});

test("erase everything on the safety page removes the plan", async ({ page }) => {
  await page.goto(url);
  await page.getByLabel("What I will do", { exact: true }).fill("Call the police");
  await expect(status(page)).toHaveText("Saved on this device");
  await page.goto("/safety/");
  await expect(page.getByText("Your safety plan", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Erase everything this site stored" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.locator("[data-erase-status]")).toContainText("Erased from this browser");
  expect(await stored(page)).toBeNull();
  await page.goto(url);
  await expect(page.getByLabel("What I will do", { exact: true })).toHaveValue("");
});

test("the plan's own erase button asks first, then removes it", async ({ page }) => {
  await page.goto(url);
  await page.getByLabel("Where I keep them").fill("Under the stairs");
  await expect(status(page)).toHaveText("Saved on this device");
  await page.getByRole("button", { name: "Erase my plan" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Keep it" }).click();
  expect(await stored(page)).not.toBeNull();
  await page.getByRole("button", { name: "Erase my plan" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Erase it" }).click();
  await expect(status(page)).toHaveText("Your plan has been erased from this browser.");
  expect(await stored(page)).toBeNull();
  await expect(page.getByLabel("Where I keep them")).toHaveValue("");
});

test.describe("when storage fails", () => {
  test("blocked: the page says so, and the reader can still fill in and print", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("Blocked", "SecurityError");
        },
      });
    });
    await page.goto(url);
    await expect(page.locator(".safety-plan__editor .plan-alert").filter({ hasText: "not letting the site store anything" })).toBeVisible();
    await page.getByLabel("What I will do", { exact: true }).fill("Stay upstairs");
    await expect(status(page)).toContainText("not letting the site store anything");
    await expect(page.getByLabel("What I will do", { exact: true })).toHaveValue("Stay upstairs");
    expect((await printToPdf(page, "A4")).text).toContain("Stay upstairs");
  });

  test("full: the page says so and the words stay on the page", async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.goto(url);
    await page.getByLabel("Where I can go, and how I get there").fill("The church hall");
    await expect(status(page)).toHaveText(/storage is full/);
    await expect(page.getByLabel("Where I can go, and how I get there")).toHaveValue("The church hall");
  });

  test("damaged: what can be read shows, the rest is set aside before the next save", async ({ page }) => {
    const original = JSON.stringify({ version: 1, safePlaces: "Gran's house", codeWord: 42, ownItems: [{ id: "a1", text: "Torch", done: true }, { id: "BAD ID", text: 1 }] });
    await page.addInitScript(
      ([name, text]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(name, text);
          sessionStorage.setItem("seeded", "yes");
        }
      },
      [key, original] as const,
    );
    await page.goto(url);
    await expect(page.locator(".safety-plan__editor .plan-alert").filter({ hasText: "could not be read" })).toBeVisible();
    await expect(page.getByLabel("Where I can go, and how I get there")).toHaveValue("Gran's house");
    await expect(page.getByLabel("Torch", { exact: true })).toBeChecked();
    expect(await stored(page)).toBe(original);
    await page.getByLabel("What I will do", { exact: true }).fill("Go out the back");
    await expect(status(page)).toHaveText("Saved on this device");
    const setAside = await page.evaluate(() => localStorage.getItem("nocontact:unreadable:safety-plan"));
    expect(JSON.parse(setAside ?? "{}").values[0].text).toBe(original);
    // Saved in the current shape (version 2: the plan beside `state`), with what could be read kept.
    expect(JSON.parse((await stored(page)) ?? "{}")).toMatchObject({ version: 2, state: "open", plan: { safePlaces: "Gran's house", atTheDoor: "Go out the back" } });
  });

  test("newer: the page leaves a newer version's plan untouched", async ({ page }) => {
    const newer = JSON.stringify({ version: 99, anything: "kept" });
    await page.addInitScript(([name, text]) => localStorage.setItem(name, text), [key, newer] as const);
    await page.goto(url);
    await expect(page.locator(".safety-plan__editor .plan-alert").filter({ hasText: "newer version" })).toBeVisible();
    await page.getByLabel("What I will do", { exact: true }).fill("Something");
    await expect(status(page)).toContainText("newer version");
    expect(await stored(page)).toBe(newer);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page says the plan needs scripts and shows the lesson's guidance and the help page", async ({ page }) => {
    await page.goto(url);
    await expect(page.getByText("writing it here needs scripts")).toBeVisible();
    for (const point of lessonData("staying-safe-as-you-leave").keyPoints) await expect(page.getByText(point, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Staying safe as you leave" })).toHaveAttribute("href", "/lessons/staying-safe-as-you-leave/");
    await expect(page.getByText("best made with a helpline adviser")).toBeVisible();
    await expect(page.getByRole("link", { name: "the help page" })).toHaveAttribute("href", "/help/");
    await expect(page.getByLabel("What I will do", { exact: true })).toHaveCount(0);
  });
});

const wcag22aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`)).toEqual([]);
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });

    test("filled in, with a country chosen", async ({ page }) => {
      await page.goto(url);
      await fillPlan(page);
      await axeClean(page);
    });

    test("with the erase dialog open", async ({ page }) => {
      await page.goto(url);
      await page.getByRole("button", { name: "Erase my plan" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await axeClean(page);
    });

    const states = {
      damaged: JSON.stringify({ version: 1, codeWord: 42 }),
      newer: JSON.stringify({ version: 5 }),
    };
    for (const [state, value] of Object.entries(states)) {
      test(`with ${state} storage, after a save was tried`, async ({ page }) => {
        await page.addInitScript(([name, text]) => localStorage.setItem(name, text), [key, value] as const);
        await page.goto(url);
        await expect(page.locator(".safety-plan__editor .plan-alert")).toBeVisible();
        await page.getByLabel("What I will do", { exact: true }).fill("x");
        await expect(status(page)).not.toBeEmpty();
        await axeClean(page);
      });
    }

    test("with storage blocked", async ({ page }) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException("Blocked", "SecurityError");
        };
        Storage.prototype.getItem = () => {
          throw new DOMException("Blocked", "SecurityError");
        };
      });
      await page.goto(url);
      await expect(page.locator(".safety-plan__editor .plan-alert")).toBeVisible();
      await axeClean(page);
    });
  });
}
