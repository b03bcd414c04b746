import { describe, expect, it } from "vitest";
import { createDayCounterStore } from "../../../src/lib/storage/day-counter-store";
import { createPauseCountStore, emptyPauseNotes, pauseNotesSchema } from "../../../src/lib/storage/pause-store";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { readUnreadable } from "../../../src/lib/storage/unreadable";
import { emptyDayCounter } from "../../../src/lib/tools/day-counter";
import { MemoryStorage, quotaError } from "../support/memory-storage";
import { sensitiveStore } from "../support/sensitive-store";

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
  const notesStore = (storage: Storage) => sensitiveStore(pauseNotesSchema, () => storage);
  const note = { text: "I miss you", written: "2026-11-29T09:00:00.000Z" };

  it("keeps notes and people, salvaging one by one", async () => {
    const storage = seeded("nocontact:pause-notes", {
      version: 2,
      state: "open",
      pause: { notes: [note, { text: "", written: "2026-11-29T09:00:00.000Z" }, { text: "no date" }], people: ["My sister", 7, "  "] },
    });
    expect(notesStore(storage).store.load()).toEqual({ status: "open", value: { notes: [note], people: ["My sister"] }, damaged: true });
  });

  it("reads missing lists as empty and a non-list as unreadable", async () => {
    expect(notesStore(seeded("nocontact:pause-notes", { version: 2, state: "open", pause: {} })).store.load()).toEqual({ status: "open", value: emptyPauseNotes });
    expect(notesStore(seeded("nocontact:pause-notes", { version: 2, state: "open", pause: { notes: {} } })).store.load()).toEqual({ status: "open", value: emptyPauseNotes, damaged: true });
  });

  it("reads notes kept before the lock reached them (version 1, in the open) and writes them back in the new shape", async () => {
    const storage = seeded("nocontact:pause-notes", { version: 1, notes: [note], people: ["My sister"] });
    const { store } = notesStore(storage);
    expect(store.load()).toEqual({ status: "open", value: { notes: [note], people: ["My sister"] } });
    expect(await store.change((current) => ({ ...current, people: [...current.people, "Ana"] }))).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:pause-notes") ?? "")).toEqual({ version: 2, state: "open", pause: { notes: [note], people: ["My sister", "Ana"] } });
  });

  it("seals the notes with the one passphrase; the count stays open", async () => {
    const storage = seeded("nocontact:pause-notes", { version: 1, notes: [note], people: [] });
    storage.setItem("nocontact:pause-count", JSON.stringify({ version: 1, passed: 2 }));
    const { change } = notesStore(storage);
    expect(await change.setPassphrase("correct horse", "nocontact:reflections")).toEqual({ ok: true });
    expect(storage.getItem("nocontact:pause-notes")).not.toContain("I miss you");
    expect(notesStore(storage).store.load()).toEqual({ status: "locked" });
    expect(createPauseCountStore(() => storage).read()).toEqual({ status: "ok", value: { passed: 2 }, damaged: false });
  });

  it("counts urges that passed, refusing a count that isn't a whole number", async () => {
    const storage = seeded("nocontact:pause-count");
    const store = createPauseCountStore(() => storage);
    await store.update((count) => ({ passed: count.passed + 1 }), { passed: 0 });
    await store.update((count) => ({ passed: count.passed + 1 }), { passed: 0 });
    expect(store.read()).toEqual({ status: "ok", value: { passed: 2 }, damaged: false });
    expect(createPauseCountStore(() => seeded("nocontact:pause-count", { version: 1, passed: -1 })).read()).toEqual({ status: "invalid" });
  });

  it("are registered: the notes as sensitive, the count and the day counter not", () => {
    const entry = (key: string) => storeRegistry.find((store) => store.key === key);
    expect(entry("nocontact:pause-notes")?.sensitive).toBe(true);
    expect(entry("nocontact:pause-count")?.sensitive).toBe(false);
    expect(entry("nocontact:day-counter")?.sensitive).toBe(false);
  });
});
