import { describe, expect, it } from "vitest";
import { completedInCourse, createProgressStore, isCompletionDate, localDay, parseCompleted } from "../../../src/lib/storage/progress-store";
import { readUnreadable } from "../../../src/lib/storage/unreadable";
import { MemoryStorage, quotaError } from "../support/memory-storage";

const course = ["when-it-ends", "establishing-no-contact", "money-and-belongings"];

function setup(stored?: unknown) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem("nocontact:progress", typeof stored === "string" ? stored : JSON.stringify(stored));
  return { storage, store: createProgressStore(() => storage) };
}

describe("progress store", () => {
  it("records completion with the local day and reads it back", async () => {
    const { store } = setup();
    await store.setComplete("when-it-ends", true, new Date(2026, 10, 28, 23, 30));
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": "2026-11-28" }, lastOpened: "when-it-ends" }, damaged: false });
  });

  it("unmarks a lesson", async () => {
    const { store } = setup();
    await store.setComplete("when-it-ends", true);
    await store.setComplete("when-it-ends", false);
    expect(store.read()).toEqual({ status: "ok", value: { completed: {}, lastOpened: "when-it-ends" }, damaged: false });
  });

  it("keeps both lessons when two are marked at once", async () => {
    const { store } = setup();
    await Promise.all([store.setComplete("when-it-ends", true), store.setComplete("money-and-belongings", true)]);
    expect(store.read()).toMatchObject({ value: { completed: { "when-it-ends": expect.any(String), "money-and-belongings": expect.any(String) } } });
  });

  it("migrates version 1's list of slugs, with unknown dates, dropping only bad slugs", () => {
    const { store } = setup({ version: 1, completed: ["when-it-ends", "Bad Slug", 4] });
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": null }, lastOpened: null }, damaged: true });
  });

  it("keeps a valid lesson opened last and drops an invalid one", () => {
    expect(setup({ version: 2, completed: {}, lastOpened: 3 }).store.read()).toEqual({ status: "ok", value: { completed: {}, lastOpened: null }, damaged: true });
    expect(setup({ version: 2, completed: {}, lastOpened: "when-it-ends" }).store.read()).toEqual({ status: "ok", value: { completed: {}, lastOpened: "when-it-ends" }, damaged: false });
    expect(setup({ version: 2, completed: {} }).store.read()).toEqual({ status: "ok", value: { completed: {}, lastOpened: null }, damaged: false });
  });

  it("reads one bad entry among three good ones as the three good ones", () => {
    const { store } = setup({
      version: 2,
      completed: { "when-it-ends": "2026-01-01", "money-and-belongings": "2026-01-03T10:00:00.000Z", "establishing-no-contact": null, "Taking-Back-Control": "2026-01-04" },
    });
    expect(store.read()).toEqual({
      status: "ok",
      value: { completed: { "when-it-ends": "2026-01-01", "money-and-belongings": "2026-01-03T10:00:00.000Z", "establishing-no-contact": null }, lastOpened: null },
      damaged: true,
    });
  });

  it("keeps the good entries through the next write, and sets the original aside", async () => {
    const original = JSON.stringify({ version: 2, completed: { "when-it-ends": "2026-01-01", "Bad Slug": "2026-01-02" } });
    const { storage, store } = setup(original);
    await store.setComplete("money-and-belongings", true, new Date(2026, 0, 5));
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": "2026-01-01", "money-and-belongings": "2026-01-05" }, lastOpened: "money-and-belongings" }, damaged: false });
    expect(readUnreadable(storage, "nocontact:progress")?.values[0]?.text).toBe(original);
  });

  it.each([
    ["a list where a map belongs", { version: 2, completed: ["a"] }],
    ["no completions at all", { version: 2 }],
    ["corrupt JSON", "{nope"],
  ])("reads %s as invalid", (_name, value) => {
    expect(setup(value).store.read()).toEqual({ status: "invalid" });
  });

  it("reports a full storage and keeps the earlier progress", async () => {
    const { storage, store } = setup();
    await store.setComplete("when-it-ends", true, new Date(2026, 0, 2));
    storage.failWrites = quotaError();
    expect(await store.setComplete("money-and-belongings", true)).toEqual({ ok: false, reason: "full" });
    expect(store.read()).toEqual({ status: "ok", value: { completed: { "when-it-ends": "2026-01-02" }, lastOpened: "when-it-ends" }, damaged: false });
  });

  it("remembers the lesson opened last only in progress already saved", async () => {
    const fresh = setup();
    await fresh.store.markOpened("when-it-ends");
    expect(fresh.storage.length).toBe(0);

    const saved = setup({ version: 2, completed: { "when-it-ends": "2026-01-01" }, lastOpened: null });
    await saved.store.markOpened("money-and-belongings");
    expect(saved.store.read()).toMatchObject({ value: { lastOpened: "money-and-belongings" } });
  });

  it("never writes a visit over damaged or newer progress", async () => {
    const damaged = JSON.stringify({ version: 2, completed: { "when-it-ends": "2026-01-01", "Bad Slug": 1 } });
    const first = setup(damaged);
    await first.store.markOpened("money-and-belongings");
    expect(first.storage.getItem("nocontact:progress")).toBe(damaged);
    const newer = JSON.stringify({ version: 9, completed: {} });
    const second = setup(newer);
    await second.store.markOpened("money-and-belongings");
    expect(second.storage.getItem("nocontact:progress")).toBe(newer);
  });

  it("reports storage that is unavailable", async () => {
    const store = createProgressStore(() => undefined);
    expect(await store.setComplete("when-it-ends", true)).toEqual({ ok: false, reason: "unavailable" });
  });

  it("reset removes the progress", async () => {
    const { store } = setup();
    await store.setComplete("when-it-ends", true);
    store.reset();
    expect(store.read()).toEqual({ status: "empty" });
  });
});

describe("the accepted forms of each progress field", () => {
  it.each([
    [null, true],
    ["2026-03-05", true],
    ["2026-03-05T10:20:30.000Z", true],
    ["2026-03-05T10:20:30Z", true],
    ["2026-03-05T10:20", true],
    ["2026-03-05T10:20:30+01:00", true],
    ["2026-13-45", false],
    ["05/03/2026", false],
    ["yesterday", false],
    ["", false],
    [20260305, false],
    [undefined, false],
  ])("a completion date of %j is %s", (date, valid) => {
    expect(isCompletionDate(date)).toBe(valid);
  });

  it.each([
    ["when-it-ends", true],
    ["lesson-2", true],
    ["When-It-Ends", false],
    ["when it ends", false],
    ["-leading", false],
    ["trailing-", false],
    ["", false],
  ])("a lesson slug of %j is %s", (slug, valid) => {
    expect(parseCompleted({ [slug]: null })).toEqual(valid ? { value: { [slug]: null }, dropped: 0 } : { value: {}, dropped: 1 });
  });

  it("refuses a completed list that is not a map", () => {
    expect(parseCompleted(["when-it-ends"])).toBeUndefined();
    expect(parseCompleted(null)).toBeUndefined();
    expect(parseCompleted("when-it-ends")).toBeUndefined();
  });
});

describe("counting progress", () => {
  const progress = { completed: { "when-it-ends": "2026-01-01", "retired-lesson": "2025-01-01" }, lastOpened: null };

  it("counts only lessons that are in the course, in course order", () => {
    expect(completedInCourse(progress, course)).toEqual(["when-it-ends"]);
  });


  it("formats the local day as YYYY-MM-DD", () => {
    expect(localDay(new Date(2026, 2, 5))).toBe("2026-03-05");
  });
});
