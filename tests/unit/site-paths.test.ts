import { describe, expect, it } from "vitest";
import { lessonPath, withBase } from "../../src/lib/site-paths";

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
