import { describe, expect, it } from "vitest";
import { announce, countKey, EXIT_WINDOW_MS, noShiftPresses } from "../../src/lib/exit-shortcut";

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

describe("announce", () => {
  it("tells the reader how many presses are left", () => {
    expect(announce(1)).toBe("Shift, press 2 more times to exit.");
    expect(announce(2)).toBe("Shift, press 1 more time to exit.");
    expect(announce(3)).toBe("Exiting this page.");
  });
});
