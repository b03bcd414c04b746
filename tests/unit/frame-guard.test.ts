import { describe, expect, it } from "vitest";
import { isFramedByAnotherOrigin, needsFrameGuard, type FramedWindow } from "../../src/lib/frame-guard";

describe("needsFrameGuard", () => {
  it.each([
    ["/reflections/", "/", true],
    ["/safety/", "/", true],
    ["/tools/breathing/", "/", true],
    ["/nc/safety/", "/nc/", true],
    ["/lessons/when-it-ends/", "/", false],
    ["/", "/", false],
    ["/safety/", "/nc/", false],
  ])("%s under base %s: %s", (pathname, base, expected) => {
    expect(needsFrameGuard(pathname, base)).toBe(expected);
  });
});

describe("isFramedByAnotherOrigin", () => {
  const here = { origin: "https://course.example" };

  it("is false for a page that is not framed", () => {
    const view: FramedWindow = { self: "me", top: null, location: here };
    expect(isFramedByAnotherOrigin({ ...view, top: null })).toBe(false);
    const top = { location: here };
    expect(isFramedByAnotherOrigin({ self: top, top, location: here })).toBe(false);
  });

  it("is false inside a frame of the same site", () => {
    expect(isFramedByAnotherOrigin({ self: {}, top: { location: here }, location: here })).toBe(false);
  });

  it("is true when the top window's origin differs or can't be read (another site)", () => {
    expect(isFramedByAnotherOrigin({ self: {}, top: { location: { origin: "https://evil.example" } }, location: here })).toBe(true);
    const unreadable = {
      get location(): { origin: string } {
        throw new DOMException("Blocked a frame with origin", "SecurityError");
      },
    };
    expect(isFramedByAnotherOrigin({ self: {}, top: unreadable, location: here })).toBe(true);
  });
});
