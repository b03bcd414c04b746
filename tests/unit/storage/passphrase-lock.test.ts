import { describe, expect, it } from "vitest";
import { createLockKey } from "../../../src/lib/storage/lock-crypto";
import type { LockableSchema } from "../../../src/lib/storage/lockable-store";
import { createPassphraseChange } from "../../../src/lib/storage/passphrase-change";
import { createPassphraseLock } from "../../../src/lib/storage/passphrase-lock";
import { reflectionsSchema, type ReflectionAnswer } from "../../../src/lib/storage/reflections-store";
import { lockableSchemas, toolWordsKept } from "../../../src/lib/storage/sensitive-stores";
import { sensitiveKeys, storageKeys } from "../../../src/lib/storage/storage-keys";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { MemoryStorage, quotaError } from "../support/memory-storage";

const iterations = 100_000;

/** A second sensitive store for these tests only: a list of notes. */
const notesSchema: LockableSchema<string[]> = {
  key: "nocontact:test-notes",
  version: 1,
  field: "notes",
  parseData: (raw) => (Array.isArray(raw) ? { value: raw.filter((note): note is string => typeof note === "string"), dropped: 0 } : undefined),
  migrate: () => undefined,
  empty: [],
};

const schemas = [reflectionsSchema, notesSchema] as readonly LockableSchema<unknown>[];
const answer: ReflectionAnswer = { lesson: "when-it-ends", prompt: "one-small-thing", text: "my words", updatedAt: "2026-11-02T10:00:00.000Z" };

/** One page's key holder and its two stores, over storage shared with any other page. */
function page(storage = new MemoryStorage()) {
  const lock = createPassphraseLock({ storage: () => storage, keys: schemas.map((schema) => schema.key) });
  const change = createPassphraseChange(lock, { storage: () => storage, schemas, iterations });
  return { storage, lock, change, reflections: lock.store(reflectionsSchema), notes: lock.store(notesSchema) };
}

describe("one passphrase over two sensitive stores", () => {
  it("stores both in the open until a passphrase is set", async () => {
    const { storage, lock, reflections, notes } = page();
    await reflections.change(() => [answer]);
    await notes.change(() => ["a note"]);
    expect(lock.status()).toBe("none");
    expect(storage.getItem(notesSchema.key)).toContain("a note");
    expect(JSON.parse(storage.getItem(reflectionsSchema.key) ?? "")).toEqual({ state: "open", answers: [answer], version: 1 });
  });

  it("setting it seals every store that holds something, with one salt; one unlock on another page opens both", async () => {
    const { storage, change, reflections, notes } = page();
    await reflections.change(() => [answer]);
    await notes.change(() => ["a note"]);
    expect(await change.setPassphrase("correct horse", reflections.key)).toEqual({ ok: true });
    const sealed = [reflectionsSchema.key, notesSchema.key].map((key) => JSON.parse(storage.getItem(key) ?? "{}"));
    for (const value of sealed) expect(value).toMatchObject({ state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", iterations } });
    expect(storage.getItem(notesSchema.key)).not.toContain("a note");
    expect(sealed[0].lock.salt).toBe(sealed[1].lock.salt);
    expect(notes.load()).toEqual({ status: "unlocked", value: ["a note"] });

    const next = page(storage);
    expect(next.lock.status()).toBe("locked");
    expect(next.notes.load()).toEqual({ status: "locked" });
    expect(await next.reflections.change(() => [])).toEqual({ ok: false, reason: "locked" });
    expect(await next.lock.unlock("wrong horse")).toEqual({ ok: false, reason: "wrong-passphrase" });
    expect(await next.lock.unlock("correct horse")).toEqual({ ok: true });
    expect(next.reflections.load()).toEqual({ status: "unlocked", value: [answer] });
    expect(next.notes.load()).toEqual({ status: "unlocked", value: ["a note"] });
  });

  it("seals a store first written after the passphrase was set, and never writes it in the open without the key", async () => {
    const { storage, change, reflections } = page();
    await reflections.change(() => [answer]);
    await change.setPassphrase("correct horse", reflections.key);
    const next = page(storage);
    expect(await next.notes.change(() => ["written while locked"])).toEqual({ ok: false, reason: "locked" });
    expect(storage.getItem(notesSchema.key)).toBeNull();
    await next.lock.unlock("correct horse");
    expect(await next.notes.change(() => ["written while unlocked"])).toEqual({ ok: true });
    expect(storage.getItem(notesSchema.key)).not.toContain("written while unlocked");
    const third = page(storage);
    await third.lock.unlock("correct horse");
    expect(third.notes.load()).toEqual({ status: "unlocked", value: ["written while unlocked"] });
  });

  it("changing the passphrase re-seals both; the old one opens nothing", async () => {
    const { storage, change, reflections, notes } = page();
    await reflections.change(() => [answer]);
    await notes.change(() => ["a note"]);
    await change.setPassphrase("correct horse", reflections.key);
    expect(await change.setPassphrase("battery staple", reflections.key)).toEqual({ ok: true });
    const next = page(storage);
    expect(await next.lock.unlock("correct horse")).toEqual({ ok: false, reason: "wrong-passphrase" });
    expect(await next.lock.unlock("battery staple")).toEqual({ ok: true });
    expect(next.notes.load()).toEqual({ status: "unlocked", value: ["a note"] });
  });

  it("a page without the passphrase can't change or remove it", async () => {
    const { storage, change, reflections } = page();
    await reflections.change(() => [answer]);
    await change.setPassphrase("correct horse", reflections.key);
    const before = storage.getItem(reflectionsSchema.key);
    const next = page(storage);
    expect(await next.change.setPassphrase("taken over", reflections.key)).toEqual({ ok: false, reason: "locked" });
    expect(await next.change.removePassphrase()).toEqual({ ok: false, reason: "locked" });
    expect(storage.getItem(reflectionsSchema.key)).toBe(before);
  });

  it("removing the passphrase opens both stores again", async () => {
    const { storage, lock, change, reflections, notes } = page();
    await reflections.change(() => [answer]);
    await notes.change(() => ["a note"]);
    await change.setPassphrase("correct horse", reflections.key);
    expect(await change.removePassphrase()).toEqual({ ok: true });
    expect(lock.status()).toBe("none");
    expect(storage.getItem(notesSchema.key)).toContain("a note");
    expect(reflections.load()).toEqual({ status: "open", value: [answer] });
  });

  it("Lock now puts the key away for every store", async () => {
    const { lock, change, reflections, notes } = page();
    await notes.change(() => ["a note"]);
    await change.setPassphrase("correct horse", reflections.key);
    lock.lockNow();
    expect(notes.load()).toEqual({ status: "locked" });
    expect(reflections.load()).toEqual({ status: "locked" });
  });

  it("erasing one store needs no passphrase and leaves the other locked", async () => {
    const { storage, change, reflections, notes } = page();
    await reflections.change(() => [answer]);
    await notes.change(() => ["a note"]);
    await change.setPassphrase("correct horse", reflections.key);
    const next = page(storage);
    expect(next.reflections.remove()).toEqual({ ok: true });
    expect(storage.getItem(reflectionsSchema.key)).toBeNull();
    expect(next.lock.status()).toBe("locked");
    expect(next.notes.load()).toEqual({ status: "locked" });
  });

  it("a failed write while setting it leaves everything readable as it was", async () => {
    const { storage, lock, change, reflections, notes } = page();
    await notes.change(() => ["a note"]);
    storage.failWrites = quotaError();
    expect(await change.setPassphrase("correct horse", reflections.key)).toEqual({ ok: false, reason: "full" });
    storage.failWrites = undefined;
    expect(lock.status()).toBe("none");
    expect(notes.load()).toEqual({ status: "open", value: ["a note"] });
  });

  it("opens reflections locked before the lock was shared, as they were stored then", async () => {
    const storage = new MemoryStorage();
    // What the reflections-only lock wrote: the answers list sealed on its own, under version 1.
    const sealed = (await createLockKey("correct horse", iterations)).seal(JSON.stringify([answer]));
    storage.setItem(reflectionsSchema.key, JSON.stringify({ version: 1, state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", ...sealed } }));
    const { lock, reflections, notes } = page(storage);
    expect(lock.status()).toBe("locked");
    expect(await lock.unlock("correct horse")).toEqual({ ok: true });
    expect(reflections.load()).toEqual({ status: "unlocked", value: [answer] });
    expect(await notes.change(() => ["sealed with the same key"])).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(notesSchema.key) ?? "{}").lock.salt).toBe(sealed.salt);
  });
});

describe("the registry and the lock", () => {
  it("has a lockable schema for exactly the stores the registry marks sensitive", () => {
    expect(lockableSchemas.map((schema) => schema.key)).toEqual(storeRegistry.filter((entry) => entry.sensitive).map((entry) => entry.key));
    expect(sensitiveKeys).toEqual(lockableSchemas.map((schema) => schema.key));
  });
});

describe("toolWordsKept", () => {
  it("is true only when a sensitive store other than the reflections holds something", () => {
    const storage = new MemoryStorage();
    expect(toolWordsKept(() => storage)).toBe(false);
    storage.setItem(storageKeys.reflections, "{}");
    expect(toolWordsKept(() => storage)).toBe(false);
    storage.setItem(storageKeys.safetyPlan, "{}");
    expect(toolWordsKept(() => storage)).toBe(true);
    expect(toolWordsKept(() => undefined)).toBe(false);
  });
});
