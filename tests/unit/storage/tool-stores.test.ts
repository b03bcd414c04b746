import { describe, expect, it } from "vitest";
import { createDayCounterStore } from "../../../src/lib/storage/day-counter-store";
import { createPauseCountStore, createPauseNotesStore, emptyPauseNotes } from "../../../src/lib/storage/pause-store";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { readUnreadable } from "../../../src/lib/storage/unreadable";
import { emptyDayCounter } from "../../../src/lib/tools/day-counter";
import { MemoryStorage, quotaError } from "../support/memory-storage";

function seeded(key: string, stored?: unknown) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem(key, typeof stored === "string" ? stored : JSON.stringify(stored));
  return storage;
}

describe("day counter store", () => {
  const key = "nocontact:day-counter";

  it("writes and reads back the start and past streaks", async () => {
    const storage = seeded(key);
    const store = createDayCounterStore(() => storage);
    expect(store.read()).toEqual({ status: "empty" });
    await store.update(() => ({ start: "2026-11-10", past: [{ start: "2026-11-01", ended: "2026-11-10" }] }), emptyDayCounter);
    expect(JSON.parse(storage.getItem(key) ?? "")).toEqual({ version: 1, start: "2026-11-10", past: [{ start: "2026-11-01", ended: "2026-11-10" }] });
  });

  it("salvages streak by streak, and keeps the original aside on the next write", async () => {
    const original = { version: 1, start: "2026-11-10", past: [{ start: "2026-10-01", ended: "2026-10-09" }, { start: "2026-13-01", ended: "2026-10-09" }, "x", { start: "2026-10-09", ended: "2026-10-01" }] };
    const storage = seeded(key, original);
    const store = createDayCounterStore(() => storage);
    expect(store.read()).toEqual({ status: "ok", value: { start: "2026-11-10", past: [{ start: "2026-10-01", ended: "2026-10-09" }] }, damaged: true });
    await store.update((counter) => ({ ...counter, start: "2026-11-12" }), emptyDayCounter);
    expect(readUnreadable(storage, key)?.values.map((value) => value.text)).toEqual([JSON.stringify(original)]);
  });

  it("drops a start that isn't a date but keeps the history", () => {
    const storage = seeded(key, { version: 1, start: "yesterday", past: [{ start: "2026-10-01", ended: "2026-10-09" }] });
    expect(createDayCounterStore(() => storage).read()).toMatchObject({ value: { start: null, past: [{ start: "2026-10-01" }] }, damaged: true });
  });

  it("reads a wrong shape as invalid, leaves a newer version untouched, and reports a full store", async () => {
    expect(createDayCounterStore(() => seeded(key, { version: 1, past: "none" })).read()).toEqual({ status: "invalid" });
    const newer = JSON.stringify({ version: 2, streaks: [] });
    const newerStorage = seeded(key, newer);
    const store = createDayCounterStore(() => newerStorage);
    expect(store.read()).toEqual({ status: "newer" });
    expect(await store.update(() => ({ start: "2026-11-01", past: [] }), emptyDayCounter)).toEqual({ ok: false, reason: "newer-version" });
    expect(newerStorage.getItem(key)).toBe(newer);
    const full = seeded(key);
    full.failWrites = quotaError();
    expect(await createDayCounterStore(() => full).update(() => ({ start: "2026-11-01", past: [] }), emptyDayCounter)).toEqual({ ok: false, reason: "full" });
  });
});

describe("pause stores", () => {
  it("keeps notes and people, salvaging one by one", () => {
    const storage = seeded("nocontact:pause-notes", {
      version: 1,
      notes: [{ text: "I miss you", written: "2026-11-29T09:00:00.000Z" }, { text: "", written: "2026-11-29T09:00:00.000Z" }, { text: "no date" }],
      people: ["My sister", 7, "  "],
    });
    expect(createPauseNotesStore(() => storage).read()).toEqual({
      status: "ok",
      value: { notes: [{ text: "I miss you", written: "2026-11-29T09:00:00.000Z" }], people: ["My sister"] },
      damaged: true,
    });
  });

  it("reads missing lists as empty and a non-list as invalid", () => {
    expect(createPauseNotesStore(() => seeded("nocontact:pause-notes", { version: 1 })).read()).toEqual({ status: "ok", value: emptyPauseNotes, damaged: false });
    expect(createPauseNotesStore(() => seeded("nocontact:pause-notes", { version: 1, notes: {} })).read()).toEqual({ status: "invalid" });
  });

  it("counts urges that passed, refusing a count that isn't a whole number", async () => {
    const storage = seeded("nocontact:pause-count");
    const store = createPauseCountStore(() => storage);
    await store.update((count) => ({ passed: count.passed + 1 }), { passed: 0 });
    await store.update((count) => ({ passed: count.passed + 1 }), { passed: 0 });
    expect(store.read()).toEqual({ status: "ok", value: { passed: 2 }, damaged: false });
    expect(createPauseCountStore(() => seeded("nocontact:pause-count", { version: 1, passed: -1 })).read()).toEqual({ status: "invalid" });
  });

  it("are registered, and none is sealed by the passphrase yet", () => {
    const entry = (key: string) => storeRegistry.find((store) => store.key === key);
    expect(entry("nocontact:pause-notes")?.sensitive).toBe(false);
    expect(entry("nocontact:pause-count")?.sensitive).toBe(false);
    expect(entry("nocontact:day-counter")?.sensitive).toBe(false);
  });
});
