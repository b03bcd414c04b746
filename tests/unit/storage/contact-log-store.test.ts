import { describe, expect, it } from "vitest";
import { contactLogSchema, createContactLogStore, parseEntries, type StoredContactLog } from "../../../src/lib/storage/contact-log-store";
import { storageKeys } from "../../../src/lib/storage/storage-keys";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import type { ContactEntry } from "../../../src/lib/tools/contact-log";
import { MemoryStorage, quotaError } from "../support/memory-storage";

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
  return { storage, store: createContactLogStore(() => storage) };
}

describe("contact log store", () => {
  it("is a store in the registry, under nocontact:contact-log", () => {
    expect(storeRegistry.find((item) => item.key === "nocontact:contact-log")).toBeDefined();
  });

  it("writes a version and reads back every field", async () => {
    const { storage, store } = setup();
    const value: StoredContactLog = { entries: [entry({ reported: "yes", policeReference: "AB/1", officer: "PC 2", time: "08:00" })] };
    expect(await store.update(() => value, { entries: [] })).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:contact-log") ?? "")).toEqual({ ...value, version: 1 });
    expect(store.read()).toEqual({ status: "ok", value, damaged: false });
  });

  it("salvages entry by entry: a damaged entry is dropped, the others kept", () => {
    const raw = [entry(), { ...entry({ id: "b" }), date: "2026-02-30" }, { ...entry({ id: "c" }), method: "pigeon" }, { ...entry({ id: "d" }), what: 5 }, null, entry({ id: "e" })];
    expect(parseEntries(raw)).toEqual({ value: [entry(), entry({ id: "e" })], dropped: 4 });
    const { store } = setup({ version: 1, entries: raw });
    expect(store.read()).toMatchObject({ status: "ok", damaged: true });
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
    expect(store.read()).toEqual({ status: "invalid" });
    expect(await store.update(() => ({ entries: [entry()] }), { entries: [] })).toEqual({ ok: true });
    const setAside = JSON.parse(storage.getItem("nocontact:unreadable:contact-log") ?? "{}");
    expect(setAside.values[0].text).toBe(typeof stored === "string" ? stored : JSON.stringify(stored));
  });

  it("never writes over a newer version", async () => {
    const newer = JSON.stringify({ version: 2, entries: [] });
    const { storage, store } = setup(newer);
    expect(store.read()).toEqual({ status: "newer" });
    expect(await store.update(() => ({ entries: [entry()] }), { entries: [] })).toEqual({ ok: false, reason: "newer-version" });
    expect(storage.getItem(contactLogSchema.key)).toBe(newer);
  });

  it("reports full storage without losing what was stored", async () => {
    const { storage, store } = setup({ version: 1, entries: [entry()] });
    storage.failWrites = quotaError();
    expect(await store.update((log) => ({ entries: [...log.entries, entry({ id: "b" })] }), { entries: [] })).toEqual({ ok: false, reason: "full" });
    expect(store.read()).toEqual({ status: "ok", value: { entries: [entry()] }, damaged: false });
  });

  it("reports blocked storage", async () => {
    const store = createContactLogStore(() => undefined);
    expect(store.read()).toEqual({ status: "unavailable" });
    expect(await store.update(() => ({ entries: [] }), { entries: [] })).toEqual({ ok: false, reason: "unavailable" });
  });
});
