import { describe, expect, it } from "vitest";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { eraseUnreadable, listUnreadable, markTold, readUnreadable, setAside, unreadableAsText } from "../../../src/lib/storage/unreadable";
import { unreadableKey } from "../../../src/lib/storage/storage-keys";
import { MemoryStorage, quotaError } from "../support/memory-storage";

const at = new Date("2026-02-03T04:05:06.000Z");

describe("setting unreadable values aside", () => {
  it("uses one key per store, nocontact:unreadable:<store>", () => {
    expect(unreadableKey("nocontact:progress")).toBe("nocontact:unreadable:progress");
    expect(unreadableKey("nocontact:reflections")).toBe("nocontact:unreadable:reflections");
  });

  it("keeps the text exactly, with when it was set aside, as versioned JSON", () => {
    const storage = new MemoryStorage();
    expect(setAside(storage, "nocontact:progress", "{not json", at)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:unreadable:progress") ?? "")).toEqual({
      version: 1,
      store: "nocontact:progress",
      told: false,
      values: [{ setAsideAt: "2026-02-03T04:05:06.000Z", text: "{not json" }],
    });
  });

  it("adds a second value without losing the first, and never the same one twice", () => {
    const storage = new MemoryStorage();
    setAside(storage, "nocontact:progress", "one", at);
    setAside(storage, "nocontact:progress", "one", at);
    setAside(storage, "nocontact:progress", "two", at);
    expect(readUnreadable(storage, "nocontact:progress")?.values.map((value) => value.text)).toEqual(["one", "two"]);
  });

  it("keeps a damaged quarantine as one more value instead of dropping it", () => {
    const storage = new MemoryStorage();
    storage.setItem("nocontact:unreadable:progress", "garbled");
    setAside(storage, "nocontact:progress", "new", at);
    expect(readUnreadable(storage, "nocontact:progress")?.values.map((value) => value.text)).toEqual(["garbled", "new"]);
  });

  it("reports a full storage, so the caller knows not to write over the value", () => {
    const storage = new MemoryStorage();
    storage.failWrites = quotaError();
    expect(setAside(storage, "nocontact:progress", "x", at)).toEqual({ ok: false, reason: "full" });
  });

  it("tells once: marks the record told, and a new value makes it untold again", () => {
    const storage = new MemoryStorage();
    setAside(storage, "nocontact:reflections", "a", at);
    markTold(storage, "nocontact:reflections");
    expect(readUnreadable(storage, "nocontact:reflections")?.told).toBe(true);
    setAside(storage, "nocontact:reflections", "b", at);
    expect(readUnreadable(storage, "nocontact:reflections")?.told).toBe(false);
  });

  it("lists every store with something set aside, and erases one", () => {
    const storage = new MemoryStorage();
    setAside(storage, "nocontact:progress", "p", at);
    setAside(storage, "nocontact:reflections", "r", at);
    expect(listUnreadable(storage, storeRegistry.map((entry) => entry.key)).map((record) => record.store)).toEqual(["nocontact:progress", "nocontact:reflections"]);
    eraseUnreadable(storage, "nocontact:progress");
    expect(listUnreadable(storage, storeRegistry.map((entry) => entry.key)).map((record) => record.store)).toEqual(["nocontact:reflections"]);
  });

  it("offers the values as a text file, in the words the caller gives", () => {
    const storage = new MemoryStorage();
    setAside(storage, "nocontact:progress", '{"version":2,"completed":7}', at);
    const record = readUnreadable(storage, "nocontact:progress");
    const text = record && unreadableAsText(record, { title: "Kept ({key})", entry: "At {time}:" });
    expect(text).toMatch(/^Kept \(nocontact:progress\)\n\nAt \d{4}-\d{2}-\d{2}T[^\n]*:\n\{"version":2,"completed":7\}\n/);
  });
});
