import { describe, expect, it } from "vitest";
import { contactLogSchema, emptyContactLog, parseEntries, type StoredContactLog } from "../../../src/lib/storage/contact-log-store";
import { storageKeys } from "../../../src/lib/storage/storage-keys";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import type { ContactEntry } from "../../../src/lib/tools/contact-log";
import { MemoryStorage, quotaError } from "../support/memory-storage";
import { sensitiveStore } from "../support/sensitive-store";

const entry = (overrides: Partial<ContactEntry> = {}): ContactEntry => ({
  id: "a",
  date: "2026-11-05",
  time: "",
  method: "call",
  what: "Called twice.",
  witnesses: "",
  evidence: "",
  reported: "no",
  policeReference: "",
  officer: "",
  createdAt: "2026-11-05T10:00:00.000Z",
  updatedAt: "2026-11-05T10:00:00.000Z",
  ...overrides,
});

function setup(stored?: unknown) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem(storageKeys.contactLog, typeof stored === "string" ? stored : JSON.stringify(stored));
  return { storage, store: sensitiveStore(contactLogSchema, () => storage).store };
}

describe("contact log store", () => {
  it("is a sensitive store in the registry, under nocontact:contact-log", () => {
    expect(storeRegistry.find((item) => item.key === "nocontact:contact-log")).toMatchObject({ sensitive: true });
  });

  it("writes a version and reads back every field", async () => {
    const { storage, store } = setup();
    const value: StoredContactLog = { entries: [entry({ reported: "yes", policeReference: "AB/1", officer: "PC 2", time: "08:00" })] };
    expect(await store.change(() => value)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:contact-log") ?? "")).toEqual({ state: "open", log: value, version: 2 });
    expect(store.load()).toEqual({ status: "open", value });
  });

  it("salvages entry by entry: a damaged entry is dropped, the others kept", async () => {
    const raw = [entry(), { ...entry({ id: "b" }), date: "2026-02-30" }, { ...entry({ id: "c" }), method: "pigeon" }, { ...entry({ id: "d" }), what: 5 }, null, entry({ id: "e" })];
    expect(parseEntries(raw)).toEqual({ value: [entry(), entry({ id: "e" })], dropped: 4 });
    const { store } = setup({ version: 1, entries: raw });
    expect(store.load()).toMatchObject({ status: "open", damaged: true });
  });

  it("keeps a long saved account: lengths limit the form, never what is already stored", () => {
    expect(parseEntries([entry({ what: "x".repeat(20_000) })])?.dropped).toBe(0);
  });

  it.each([
    ["corrupt JSON", "{not json"],
    ["entries that are not a list", { version: 1, entries: "x" }],
    ["an older, unknown version", { version: 0, entries: [] }],
  ])("reads %s as invalid, and sets it aside before writing over it", async (_name, stored) => {
    const { storage, store } = setup(stored);
    expect(store.load()).toEqual({ status: "open", value: emptyContactLog, damaged: true });
    expect(await store.change(() => ({ entries: [entry()] }))).toEqual({ ok: true });
    const setAside = JSON.parse(storage.getItem("nocontact:unreadable:contact-log") ?? "{}");
    expect(setAside.values[0].text).toBe(typeof stored === "string" ? stored : JSON.stringify(stored));
  });

  it("never writes over a newer version", async () => {
    const newer = JSON.stringify({ version: 3, entries: [] });
    const { storage, store } = setup(newer);
    expect(store.load()).toEqual({ status: "newer" });
    expect(await store.change(() => ({ entries: [entry()] }))).toEqual({ ok: false, reason: "newer-version" });
    expect(storage.getItem(contactLogSchema.key)).toBe(newer);
  });

  it("reports full storage without losing what was stored", async () => {
    const { storage, store } = setup({ version: 1, entries: [entry()] });
    storage.failWrites = quotaError();
    expect(await store.change((log) => ({ entries: [...log.entries, entry({ id: "b" })] }))).toEqual({ ok: false, reason: "full" });
    expect(store.load()).toEqual({ status: "open", value: { entries: [entry()] } });
  });

  it("reports blocked storage", async () => {
    const store = sensitiveStore(contactLogSchema, () => undefined).store;
    expect(store.load()).toEqual({ status: "unavailable" });
    expect(await store.change(() => ({ entries: [] }))).toEqual({ ok: false, reason: "unavailable" });
  });

  it("reads a log saved before the lock reached it (version 1, in the open) and keeps every entry on the next write", async () => {
    const { storage, store } = setup({ version: 1, entries: [entry()] });
    expect(store.load()).toEqual({ status: "open", value: { entries: [entry()] } });
    await store.change((log) => ({ entries: [...log.entries, entry({ id: "b" })] }));
    expect(JSON.parse(storage.getItem(storageKeys.contactLog) ?? "")).toEqual({ version: 2, state: "open", log: { entries: [entry(), entry({ id: "b" })] } });
  });

  it("is sealed with the one passphrase set from another store, and opens again with it", async () => {
    const { storage } = setup({ version: 1, entries: [entry()] });
    const { change } = sensitiveStore(contactLogSchema, () => storage);
    expect(await change.setPassphrase("correct horse", storageKeys.reflections)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(storageKeys.contactLog) ?? "")).toMatchObject({ version: 2, state: "locked" });
    expect(storage.getItem(storageKeys.contactLog)).not.toContain("Called twice");
    const next = sensitiveStore(contactLogSchema, () => storage);
    expect(next.store.load()).toEqual({ status: "locked" });
    expect(await next.lock.unlock("wrong")).toEqual({ ok: false, reason: "wrong-passphrase" });
    expect(await next.lock.unlock("correct horse")).toEqual({ ok: true });
    expect(next.store.load()).toEqual({ status: "unlocked", value: { entries: [entry()] } });
  });
});
