import { describe, expect, it } from "vitest";
import { emptyFinalMessages, finalMessageSchema, parseCopies, withCopy, withoutCopy, type SavedFinalMessage } from "../../../src/lib/storage/final-message-store";
import { storageKeys } from "../../../src/lib/storage/storage-keys";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { MemoryStorage, quotaError } from "../support/memory-storage";
import { sensitiveStore } from "../support/sensitive-store";

const copy = (overrides: Partial<SavedFinalMessage> = {}): SavedFinalMessage => ({
  id: "a",
  savedAt: "2026-11-29T10:00:00.000Z",
  text: "This relationship is over.",
  form: { stopDay: "2026-12-01", stopTime: "18:30", channels: ["phone", "email"], children: "" },
  ...overrides,
});

function setup(stored?: unknown) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem(storageKeys.finalMessage, typeof stored === "string" ? stored : JSON.stringify(stored));
  return { storage, store: sensitiveStore(finalMessageSchema, () => storage).store };
}

describe("final message store", () => {
  it("is a sensitive store in the registry, under nocontact:final-message", () => {
    expect(storeRegistry.find((item) => item.key === "nocontact:final-message")).toMatchObject({ sensitive: true });
  });

  it("keeps dated copies in order and deletes one", async () => {
    const { storage, store } = setup();
    const form = copy().form;
    expect(await store.change((stored) => withCopy(stored, "First.", form, new Date("2026-11-29T10:00:00.000Z"), "a"))).toEqual({ ok: true });
    await store.change((stored) => withCopy(stored, "Second.", form, new Date("2026-11-30T10:00:00.000Z"), "b"));
    const written = JSON.parse(storage.getItem("nocontact:final-message") ?? "");
    expect(written).toMatchObject({ version: 2, state: "open" });
    expect(written.messages.copies.map((item: SavedFinalMessage) => [item.id, item.savedAt, item.text])).toEqual([
      ["a", "2026-11-29T10:00:00.000Z", "First."],
      ["b", "2026-11-30T10:00:00.000Z", "Second."],
    ]);
    await store.change((stored) => withoutCopy(stored, "a"));
    expect(store.load()).toMatchObject({ status: "open", value: { copies: [{ id: "b" }] } });
  });

  it("salvages copy by copy and drops channels it doesn't know", () => {
    const raw = [copy(), { ...copy({ id: "b" }), savedAt: "yesterday" }, { ...copy({ id: "c" }), form: { stopDay: "2026-13-01" } }, "junk", copy({ id: "d", form: { ...copy().form, channels: ["phone", "carrier-pigeon"] as never } })];
    expect(parseCopies(raw)).toEqual({ value: [copy(), copy({ id: "d", form: { ...copy().form, channels: ["phone"] } })], dropped: 3 });
  });

  it("sets an unreadable value aside before the first write over it", async () => {
    const { storage, store } = setup("{not json");
    expect(store.load()).toEqual({ status: "open", value: emptyFinalMessages, damaged: true });
    await store.change((stored) => withCopy(stored, "New.", copy().form, new Date(), "n"));
    expect(storage.getItem("nocontact:unreadable:final-message")).toContain("{not json");
  });

  it("leaves a newer version alone and reports full storage", async () => {
    const newer = JSON.stringify({ version: 3, copies: [] });
    const first = setup(newer);
    expect(await first.store.change((stored) => stored)).toEqual({ ok: false, reason: "newer-version" });
    expect(first.storage.getItem(storageKeys.finalMessage)).toBe(newer);

    const second = setup({ version: 1, copies: [copy()] });
    second.storage.failWrites = quotaError();
    expect(await second.store.change((stored) => withCopy(stored, "x", copy().form, new Date(), "x"))).toEqual({ ok: false, reason: "full" });
    expect((second.store.load())).toEqual({ status: "open", value: { copies: [copy()] } });
  });

  it("reads a copy saved before the lock reached it (version 1, in the open), and rewrites it in the new shape", async () => {
    const { storage, store } = setup({ version: 1, copies: [copy()] });
    expect(store.load()).toEqual({ status: "open", value: { copies: [copy()] } });
    await store.change((stored) => withCopy(stored, "Second.", copy().form, new Date("2026-11-30T10:00:00.000Z"), "b"));
    expect(JSON.parse(storage.getItem(storageKeys.finalMessage) ?? "")).toMatchObject({ version: 2, state: "open", messages: { copies: [copy(), { id: "b" }] } });
  });

  it("is sealed with the one passphrase, version 1 data too, and opens again with it", async () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKeys.finalMessage, JSON.stringify({ version: 1, copies: [copy()] }));
    const { change } = sensitiveStore(finalMessageSchema, () => storage);
    expect(await change.setPassphrase("correct horse", storageKeys.reflections)).toEqual({ ok: true });
    expect(storage.getItem(storageKeys.finalMessage)).not.toContain("This relationship is over");
    const next = sensitiveStore(finalMessageSchema, () => storage);
    expect(next.store.load()).toEqual({ status: "locked" });
    expect(await next.store.change((stored) => stored)).toEqual({ ok: false, reason: "locked" });
    expect(await next.lock.unlock("correct horse")).toEqual({ ok: true });
    expect(next.store.load()).toEqual({ status: "unlocked", value: { copies: [copy()] } });
  });
});
