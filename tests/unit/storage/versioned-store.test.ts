import { describe, expect, it } from "vitest";
import { createVersionedStore, type StoreSchema } from "../../../src/lib/storage/versioned-store";
import { MemoryStorage, quotaError } from "../support/memory-storage";

interface Note {
  text: string;
}

const schema: StoreSchema<Note> = {
  key: "nocontact:test",
  version: 2,
  parse: (raw) => (typeof raw["text"] === "string" ? { text: raw["text"] } : undefined),
  migrate: (raw, from) => (from === 1 && typeof raw["words"] === "string" ? { text: raw["words"] } : undefined),
};

function setup() {
  const storage = new MemoryStorage();
  return { storage, store: createVersionedStore(schema, () => storage) };
}

describe("createVersionedStore", () => {
  it("round-trips a value with its version", () => {
    const { storage, store } = setup();
    expect(store.write({ text: "hello" })).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:test") ?? "")).toEqual({ text: "hello", version: 2 });
    expect(store.read()).toEqual({ status: "ok", value: { text: "hello" } });
  });

  it("reports empty storage", () => {
    expect(setup().store.read()).toEqual({ status: "empty" });
  });

  it.each([
    ["corrupt JSON", "{oops"],
    ["no version", JSON.stringify({ text: "x" })],
    ["a wrong shape", JSON.stringify({ version: 2, text: 5 })],
    ["an array", "[1,2]"],
    ["null", "null"],
    ["an unmigratable old version", JSON.stringify({ version: 1, other: true })],
  ])("ignores %s without throwing", (_name, raw) => {
    const { storage, store } = setup();
    storage.setItem("nocontact:test", raw);
    expect(store.read()).toEqual({ status: "invalid" });
  });

  it("migrates an older version", () => {
    const { storage, store } = setup();
    storage.setItem("nocontact:test", JSON.stringify({ version: 1, words: "old" }));
    expect(store.read()).toEqual({ status: "ok", value: { text: "old" } });
  });

  it("leaves a newer version untouched, even when asked to write", () => {
    const { storage, store } = setup();
    const newer = JSON.stringify({ version: 3, text: "future" });
    storage.setItem("nocontact:test", newer);
    expect(store.read()).toEqual({ status: "newer" });
    expect(store.write({ text: "now" })).toEqual({ ok: false, reason: "newer-version" });
    expect(storage.getItem("nocontact:test")).toBe(newer);
  });

  it("reports a full storage and keeps what was saved", () => {
    const { storage, store } = setup();
    store.write({ text: "kept" });
    storage.failWrites = quotaError();
    expect(store.write({ text: "lost" })).toEqual({ ok: false, reason: "full" });
    expect(store.read()).toEqual({ status: "ok", value: { text: "kept" } });
  });

  it("reports other write errors", () => {
    const { storage, store } = setup();
    storage.failWrites = new Error("disk on fire");
    expect(store.write({ text: "x" })).toEqual({ ok: false, reason: "failed" });
  });

  it("works, without throwing, where storage is missing or throws on access", () => {
    const missing = createVersionedStore(schema, () => undefined);
    expect(missing.read()).toEqual({ status: "unavailable" });
    expect(missing.write({ text: "x" })).toEqual({ ok: false, reason: "unavailable" });
    const throwing = new MemoryStorage();
    throwing.getItem = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    expect(createVersionedStore(schema, () => throwing).read()).toEqual({ status: "unavailable" });
  });

  it("removes its key and nothing else", () => {
    const { storage, store } = setup();
    storage.setItem("other", "keep");
    store.write({ text: "x" });
    expect(store.remove()).toEqual({ ok: true });
    expect(storage.getItem("nocontact:test")).toBeNull();
    expect(storage.getItem("other")).toBe("keep");
  });
});
