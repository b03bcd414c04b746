import { describe, expect, it } from "vitest";
import { sensitiveView, shownValue, storeView } from "../../../src/lib/storage/store-view";

const empty = { items: [] as string[] };

describe("storeView", () => {
  it("shows what was read, and whether some of it was left out", () => {
    expect(storeView({ status: "ok", value: { items: ["a"] }, damaged: true }, empty)).toEqual({ state: "ready", value: { items: ["a"] }, damaged: true });
  });

  it("shows the empty value, ready to save, when nothing is stored", () => {
    expect(storeView({ status: "empty" }, empty)).toEqual({ state: "ready", value: empty, damaged: false });
  });

  it("marks an unreadable value as damaged so the page can say so (the original is set aside on the next write)", () => {
    expect(storeView({ status: "invalid" }, empty)).toEqual({ state: "ready", value: empty, damaged: true });
  });

  it("saves nothing when storage is blocked or holds a newer version's data", () => {
    expect(storeView({ status: "unavailable" }, empty)).toEqual({ state: "unsaved", value: empty, reason: "unavailable" });
    expect(storeView({ status: "newer" }, empty)).toEqual({ state: "unsaved", value: empty, reason: "newer" });
  });
});

describe("shownValue", () => {
  it("is what was read, or the empty value when storage can't be used", () => {
    expect(shownValue(sensitiveView({ status: "unlocked", value: { items: ["a"] } }, empty))).toEqual({ items: ["a"] });
    expect(shownValue(sensitiveView({ status: "unavailable" }, empty))).toBe(empty);
  });

  it("is nothing while the store is still being read or is locked", () => {
    expect(shownValue(sensitiveView(undefined, empty))).toBeUndefined();
    expect(shownValue(sensitiveView({ status: "locked" }, empty))).toBeUndefined();
  });
});
