import { describe, expect, it } from "vitest";
import { createFinalMessageStore, parseCopies, withCopy, withoutCopy, type SavedFinalMessage } from "../../../src/lib/storage/final-message-store";
import { storageKeys } from "../../../src/lib/storage/storage-keys";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { MemoryStorage, quotaError } from "../support/memory-storage";

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
  return { storage, store: createFinalMessageStore(() => storage) };
}

describe("final message store", () => {
  it("is a store in the registry, under nocontact:final-message", () => {
    expect(storeRegistry.find((item) => item.key === "nocontact:final-message")).toBeDefined();
  });

  it("keeps dated copies in order and deletes one", async () => {
    const { storage, store } = setup();
    const form = copy().form;
    expect(await store.update((stored) => withCopy(stored, "First.", form, new Date("2026-11-29T10:00:00.000Z"), "a"), { copies: [] })).toEqual({ ok: true });
    await store.update((stored) => withCopy(stored, "Second.", form, new Date("2026-11-30T10:00:00.000Z"), "b"), { copies: [] });
    const written = JSON.parse(storage.getItem("nocontact:final-message") ?? "");
    expect(written.version).toBe(1);
    expect(written.copies.map((item: SavedFinalMessage) => [item.id, item.savedAt, item.text])).toEqual([
      ["a", "2026-11-29T10:00:00.000Z", "First."],
      ["b", "2026-11-30T10:00:00.000Z", "Second."],
    ]);
    await store.update((stored) => withoutCopy(stored, "a"), { copies: [] });
    expect(store.read()).toMatchObject({ status: "ok", value: { copies: [{ id: "b" }] } });
  });

  it("salvages copy by copy and drops channels it doesn't know", () => {
    const raw = [copy(), { ...copy({ id: "b" }), savedAt: "yesterday" }, { ...copy({ id: "c" }), form: { stopDay: "2026-13-01" } }, "junk", copy({ id: "d", form: { ...copy().form, channels: ["phone", "carrier-pigeon"] as never } })];
    expect(parseCopies(raw)).toEqual({ value: [copy(), copy({ id: "d", form: { ...copy().form, channels: ["phone"] } })], dropped: 3 });
  });

  it("sets an unreadable value aside before the first write over it", async () => {
    const { storage, store } = setup("{not json");
    expect(store.read()).toEqual({ status: "invalid" });
    await store.update((stored) => withCopy(stored, "New.", copy().form, new Date(), "n"), { copies: [] });
    expect(storage.getItem("nocontact:unreadable:final-message")).toContain("{not json");
  });

  it("leaves a newer version alone and reports full storage", async () => {
    const newer = JSON.stringify({ version: 2, copies: [] });
    const first = setup(newer);
    expect(await first.store.update((stored) => stored, { copies: [] })).toEqual({ ok: false, reason: "newer-version" });
    expect(first.storage.getItem(storageKeys.finalMessage)).toBe(newer);

    const second = setup({ version: 1, copies: [copy()] });
    second.storage.failWrites = quotaError();
    expect(await second.store.update((stored) => withCopy(stored, "x", copy().form, new Date(), "x"), { copies: [] })).toEqual({ ok: false, reason: "full" });
    expect(second.store.read()).toEqual({ status: "ok", value: { copies: [copy()] }, damaged: false });
  });
});
