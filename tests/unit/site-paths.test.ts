import { describe, expect, it } from "vitest";
import { lessonPath, printedAddress, withBase } from "../../src/lib/site-paths";

describe("withBase", () => {
  it.each([
    ["/", "/help/", "/help/"],
    ["/", "help/", "/help/"],
    ["/course", "/help/", "/course/help/"],
    ["/course/", "/help/", "/course/help/"],
    ["/course/", "/", "/course/"],
  ])("joins %s and %s", (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe("lessonPath", () => {
  it("puts lessons under /lessons/<slug>/ with the base", () => {
    expect(lessonPath("/", "when-it-ends")).toBe("/lessons/when-it-ends/");
    expect(lessonPath("/nc/", "when-it-ends")).toBe("/nc/lessons/when-it-ends/");
  });
});

describe("printedAddress", () => {
  const placeholder = "https://nocontact.example";

  it("prints the real address without the scheme when SITE_URL is set", () => {
    expect(printedAddress(new URL("https://help.example.org"), placeholder, "/", "/help/")).toBe("help.example.org/help/");
    expect(printedAddress(new URL("https://example.org"), placeholder, "/nc/", "/help/")).toBe("example.org/nc/help/");
  });

  it("prints no address at all when the site is only the placeholder or unknown", () => {
    expect(printedAddress(new URL(placeholder), placeholder, "/", "/help/")).toBeUndefined();
    expect(printedAddress(undefined, placeholder, "/", "/help/")).toBeUndefined();
  });
});
