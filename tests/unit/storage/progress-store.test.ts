import { describe, expect, it } from "vitest";
import { completedInCourse, createProgressStore, firstUnfinished, localDay } from "../../../src/lib/storage/progress-store";
import { MemoryStorage, quotaError } from "../support/memory-storage";

const course = ["when-it-ends", "establishing-no-contact", "money-and-belongings"];

function setup() {
  const storage = new MemoryStorage();
  return { storage, store: createProgressStore(() => storage) };
}

describe("progress store", () => {
  it("records completion with the local day and reads it back", () => {
    const { store } = setup();
    store.setComplete("when-it-ends", true, new Date(2026, 10, 28, 23, 30));
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": "2026-11-28" }, lastOpened: null } });
  });

  it("unmarks a lesson", () => {
    const { store } = setup();
    store.setComplete("when-it-ends", true);
    store.setComplete("when-it-ends", false);
    expect(store.read()).toEqual({ status: "ok", value: { completed: {}, lastOpened: null } });
  });

  it("remembers the last lesson opened without losing completions", () => {
    const { store } = setup();
    store.setComplete("when-it-ends", true, new Date(2026, 0, 2));
    store.markOpened("money-and-belongings");
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": "2026-01-02" }, lastOpened: "money-and-belongings" } });
  });

  it("migrates version 1's list of slugs, with unknown dates", () => {
    const { storage, store } = setup();
    storage.setItem("nocontact:progress", JSON.stringify({ version: 1, completed: ["when-it-ends"] }));
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": null }, lastOpened: null } });
  });

  it.each([
    ["a slug that is not kebab-case", { version: 2, completed: { "Not A Slug": "2026-01-01" }, lastOpened: null }],
    ["a date in the wrong format", { version: 2, completed: { a: "yesterday" }, lastOpened: null }],
    ["a list where a map belongs", { version: 2, completed: ["a"], lastOpened: null }],
    ["a number as the last lesson", { version: 2, completed: {}, lastOpened: 3 }],
  ])("ignores %s", (_name, value) => {
    const { storage, store } = setup();
    storage.setItem("nocontact:progress", JSON.stringify(value));
    expect(store.read()).toEqual({ status: "invalid" });
  });

  it("reports a full storage and keeps the earlier progress", () => {
    const { storage, store } = setup();
    store.setComplete("when-it-ends", true, new Date(2026, 0, 2));
    storage.failWrites = quotaError();
    expect(store.setComplete("money-and-belongings", true)).toEqual({ ok: false, reason: "full" });
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": "2026-01-02" }, lastOpened: null } });
  });

  it("reports storage that is unavailable", () => {
    const store = createProgressStore(() => undefined);
    expect(store.setComplete("when-it-ends", true)).toEqual({ ok: false, reason: "unavailable" });
  });

  it("reset removes the progress", () => {
    const { store } = setup();
    store.setComplete("when-it-ends", true);
    store.reset();
    expect(store.read()).toEqual({ status: "empty" });
  });
});

describe("counting progress", () => {
  const progress = { completed: { "when-it-ends": "2026-01-01", "retired-lesson": "2025-01-01" }, lastOpened: null };

  it("counts only lessons that are in the course, in course order", () => {
    expect(completedInCourse(progress, course)).toEqual(["when-it-ends"]);
  });

  it("continues at the first unfinished lesson, or nowhere when all are done", () => {
    expect(firstUnfinished(progress, course)).toBe("establishing-no-contact");
    const all = { completed: Object.fromEntries(course.map((slug) => [slug, null])), lastOpened: null };
    expect(firstUnfinished(all, course)).toBeUndefined();
  });

  it("formats the local day as YYYY-MM-DD", () => {
    expect(localDay(new Date(2026, 2, 5))).toBe("2026-03-05");
  });
});
