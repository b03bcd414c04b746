import { describe, expect, it } from "vitest";
import { exitProgress, countKey, EXIT_WINDOW_MS, noShiftPresses } from "../../src/lib/exit-shortcut";

describe("countKey", () => {
  it("counts Shift presses from the first", () => {
    const once = countKey(noShiftPresses, "Shift", 1000);
    const twice = countKey(once, "Shift", 2000);
    expect(once).toEqual({ count: 1, firstAt: 1000 });
    expect(twice).toEqual({ count: 2, firstAt: 1000 });
  });

  it("starts again on any other key, Escape included", () => {
    const once = countKey(noShiftPresses, "Shift", 0);
    expect(countKey(once, "Escape", 10)).toEqual(noShiftPresses);
    expect(countKey(once, "a", 10)).toEqual(noShiftPresses);
  });

  it("starts again when the window has passed", () => {
    const twice = countKey(countKey(noShiftPresses, "Shift", 0), "Shift", 100);
    expect(countKey(twice, "Shift", EXIT_WINDOW_MS + 1)).toEqual({ count: 1, firstAt: EXIT_WINDOW_MS + 1 });
    expect(countKey(twice, "Shift", EXIT_WINDOW_MS).count).toBe(3);
  });
});

describe("exitProgress", () => {
  it("says how many presses are left, then that the page is leaving", () => {
    expect(exitProgress(1)).toEqual({ code: "press-more", remaining: 2 });
    expect(exitProgress(2)).toEqual({ code: "press-more", remaining: 1 });
    expect(exitProgress(3)).toEqual({ code: "exiting" });
    expect(exitProgress(4)).toEqual({ code: "exiting" });
  });
});
