import { describe, expect, it } from "vitest";
import { createVersionedStore, salvageList, type StoreSchema } from "../../../src/lib/storage/versioned-store";
import { readUnreadable } from "../../../src/lib/storage/unreadable";
import { MemoryStorage, quotaError } from "../support/memory-storage";

interface Notes {
  words: string[];
}

// A store of entries (words), so that salvage can drop one bad entry and keep the rest.
const schema: StoreSchema<Notes> = {
  key: "nocontact:test",
  version: 2,
  parse: (raw) => {
    const list = raw["words"];
    if (!Array.isArray(list)) return undefined;
    const words = list.filter((word): word is string => typeof word === "string");
    return { value: { words }, dropped: list.length - words.length };
  },
  migrate: (raw, from) => (from === 1 && typeof raw["word"] === "string" ? { value: { words: [raw["word"]] }, dropped: 0 } : undefined),
};

const empty: Notes = { words: [] };

function setup(stored?: string) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem("nocontact:test", stored);
  const store = createVersionedStore(schema, () => storage);
  const write = (value: Notes) => store.transaction((tx) => tx.write(value));
  return { storage, store, write };
}

const add = (word: string) => (notes: Notes) => ({ words: [...notes.words, word] });

describe("createVersionedStore", () => {
  it("round-trips a value with its version", async () => {
    const { storage, store, write } = setup();
    expect(await write({ words: ["hello"] })).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:test") ?? "")).toEqual({ words: ["hello"], version: 2 });
    expect(store.read()).toEqual({ status: "ok", value: { words: ["hello"] }, damaged: false });
  });

  it("reports empty storage", () => {
    expect(setup().store.read()).toEqual({ status: "empty" });
  });

  it.each([
    ["corrupt JSON", "{oops"],
    ["no version", JSON.stringify({ words: [] })],
    ["a wrong shape", JSON.stringify({ version: 2, words: 5 })],
    ["an array", "[1,2]"],
    ["null", "null"],
    ["an unmigratable old version", JSON.stringify({ version: 1, other: true })],
  ])("reads %s as invalid without throwing", (_name, raw) => {
    expect(setup(raw).store.read()).toEqual({ status: "invalid" });
  });

  it("salvages entry by entry: keeps the valid entries and says some were dropped", () => {
    const { store } = setup(JSON.stringify({ version: 2, words: ["one", 2, "three", null] }));
    expect(store.read()).toEqual({ status: "ok", value: { words: ["one", "three"] }, damaged: true });
  });

  it("migrates an older version", () => {
    const { store } = setup(JSON.stringify({ version: 1, word: "old" }));
    expect(store.read()).toEqual({ status: "ok", value: { words: ["old"] }, damaged: false });
  });

  it("leaves a newer version untouched, even when asked to write", async () => {
    const newer = JSON.stringify({ version: 3, words: "future" });
    const { storage, store, write } = setup(newer);
    expect(store.read()).toEqual({ status: "newer" });
    expect(await write({ words: ["now"] })).toEqual({ ok: false, reason: "newer-version" });
    expect(await store.update(add("now"), empty)).toEqual({ ok: false, reason: "newer-version" });
    expect(storage.getItem("nocontact:test")).toBe(newer);
    expect(readUnreadable(storage, "nocontact:test")).toBeUndefined();
  });

  it("reports a full storage and keeps what was saved", async () => {
    const { storage, store, write } = setup();
    await write({ words: ["kept"] });
    storage.failWrites = quotaError();
    expect(await write({ words: ["lost"] })).toEqual({ ok: false, reason: "full" });
    expect(store.read()).toMatchObject({ status: "ok", value: { words: ["kept"] } });
  });

  it("reports other write errors", async () => {
    const { storage, write } = setup();
    storage.failWrites = new Error("disk on fire");
    expect(await write({ words: ["x"] })).toEqual({ ok: false, reason: "failed" });
  });

  it("works, without throwing, where storage is missing or throws on access", async () => {
    const missing = createVersionedStore(schema, () => undefined);
    expect(missing.read()).toEqual({ status: "unavailable" });
    expect(await missing.update(add("x"), empty)).toEqual({ ok: false, reason: "unavailable" });
    const throwing = new MemoryStorage();
    throwing.getItem = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    expect(createVersionedStore(schema, () => throwing).read()).toEqual({ status: "unavailable" });
  });

  it("removes its key, and anything of it set aside, and nothing else", async () => {
    const { storage, store } = setup("{damaged");
    storage.setItem("other", "keep");
    await store.update(add("x"), empty);
    expect(storage.getItem("nocontact:unreadable:test")).not.toBeNull();
    expect(store.remove()).toEqual({ ok: true });
    expect(storage.getItem("nocontact:test")).toBeNull();
    expect(storage.getItem("nocontact:unreadable:test")).toBeNull();
    expect(storage.getItem("other")).toBe("keep");
  });
});

describe("never overwriting what could not be read", () => {
  it.each([
    ["invalid JSON", "{not json"],
    ["a wrong shape", JSON.stringify({ version: 2, words: "not a list" })],
    ["a partly damaged value", JSON.stringify({ version: 2, words: ["good", 7] })],
  ])("sets %s aside, with the time, before the first write over it", async (_name, original) => {
    const { storage, store } = setup(original);
    expect(await store.update(add("new"), empty)).toEqual({ ok: true });
    const record = readUnreadable(storage, "nocontact:test");
    expect(record).toMatchObject({ store: "nocontact:test", told: false, values: [{ text: original }] });
    expect(Number.isNaN(Date.parse(record?.values[0]?.setAsideAt ?? ""))).toBe(false);
  });

  it("keeps the salvaged entries in the new value", async () => {
    const { store } = setup(JSON.stringify({ version: 2, words: ["good", 7, "also good"] }));
    await store.update(add("new"), empty);
    expect(store.read()).toEqual({ status: "ok", value: { words: ["good", "also good", "new"] }, damaged: false });
  });

  it("sets a value aside once, and keeps earlier ones when another turns up", async () => {
    const { storage, store } = setup("{first");
    await store.update(add("a"), empty);
    await store.update(add("b"), empty);
    storage.setItem("nocontact:test", "{second");
    await store.update(add("c"), empty);
    expect(readUnreadable(storage, "nocontact:test")?.values.map((value) => value.text)).toEqual(["{first", "{second"]);
  });

  it("writes nothing when the copy can't be kept", async () => {
    const { storage, store } = setup("{keep me");
    storage.failWrites = quotaError();
    expect(await store.update(add("new"), empty)).toEqual({ ok: false, reason: "full" });
    expect(storage.getItem("nocontact:test")).toBe("{keep me");
  });
});

describe("transactions", () => {
  it("re-runs a change on the fresh value when another tab wrote meanwhile, so both entries are kept", async () => {
    const { storage, store } = setup(JSON.stringify({ version: 2, words: ["start"] }));
    let runs = 0;
    const result = await store.transaction(async (tx) => {
      runs++;
      const found = tx.read();
      const current = found.status === "ok" ? found.value : empty;
      await Promise.resolve();
      // Another tab's write lands while this one is busy (only on the first run).
      if (runs === 1) storage.setItem("nocontact:test", JSON.stringify({ version: 2, words: ["start", "theirs"] }));
      return tx.write(add("mine")(current));
    });
    expect(result).toEqual({ ok: true });
    expect(runs).toBe(2);
    expect(store.read()).toMatchObject({ value: { words: ["start", "theirs", "mine"] } });
  });

  it("runs changes on one page one at a time, in order", async () => {
    const { store } = setup();
    await Promise.all(["a", "b", "c", "d"].map((word) => store.update(add(word), empty)));
    expect(store.read()).toMatchObject({ value: { words: ["a", "b", "c", "d"] } });
  });

  it("writes at once, without waiting for the lock, when the page is being left", () => {
    const { store } = setup();
    expect(store.transactionNow((tx) => tx.write({ words: ["now"] }))).toEqual({ ok: true });
    expect(store.read()).toMatchObject({ value: { words: ["now"] } });
  });

  it("gives up after repeated conflicts rather than loop forever", async () => {
    const { storage, store } = setup();
    let runs = 0;
    const result = await store.transaction((tx) => {
      runs++;
      tx.read();
      storage.setItem("nocontact:test", JSON.stringify({ version: 2, words: [String(runs)] }));
      return tx.write({ words: ["mine"] });
    });
    expect(result).toEqual({ ok: false, reason: "failed" });
    expect(runs).toBe(5);
  });
});

describe("salvageList", () => {
  const number = (entry: unknown) => (typeof entry === "number" ? entry : undefined);

  it("keeps the valid entries in order and counts the dropped ones", () => {
    expect(salvageList([1, "two", 3, null], number)).toEqual({ value: [1, 3], dropped: 2 });
  });

  it("is undefined for anything that is not a list, so the store's shape counts as wrong", () => {
    expect(salvageList(undefined, number)).toBeUndefined();
    expect(salvageList({ 0: 1 }, number)).toBeUndefined();
  });
});
