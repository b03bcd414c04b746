import { describe, expect, it } from "vitest";
import { lockableStoreSchema, type LockableValue } from "../../../src/lib/storage/lockable-store";
import { answerText, parseAnswers, reflectionsSchema, withAnswer, withoutAnswer, type ReflectionAnswer } from "../../../src/lib/storage/reflections-store";
import { createVersionedStore } from "../../../src/lib/storage/versioned-store";
import { storageKeys } from "../../../src/lib/storage/storage-keys";
import { MemoryStorage, quotaError } from "../support/memory-storage";

const answer = (overrides: Partial<ReflectionAnswer> = {}): ReflectionAnswer => ({
  lesson: "when-it-ends",
  prompt: "how-you-feel-now",
  text: "Tired, but here.",
  updatedAt: "2025-03-12T12:00:00.000Z",
  ...overrides,
});

function setup(stored?: unknown) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem(storageKeys.reflections, typeof stored === "string" ? stored : JSON.stringify(stored));
  const store = createVersionedStore(lockableStoreSchema(reflectionsSchema), () => storage);
  return { storage, store, write: (value: LockableValue<ReflectionAnswer[]>) => store.transaction((tx) => tx.write(value)) };
}

const validLock = { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", iterations: 600_000, salt: "c2FsdHNhbHRzYWx0c2FsdA==", iv: "aXZpdml2aXZpdml2", ciphertext: "Y2lwaGVy" };

describe("reflections store", () => {
  it("stores answers under nocontact:reflections with a version", async () => {
    const { storage, store, write } = setup();
    expect(await write({ state: "open", data: [answer()] })).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:reflections") ?? "")).toEqual({ state: "open", answers: [answer()], version: 1 });
    expect(store.read()).toEqual({ status: "ok", value: { state: "open", data: [answer()] }, damaged: false });
  });

  it("reads a locked value", () => {
    const { store } = setup({ version: 1, state: "locked", lock: validLock });
    expect(store.read()).toEqual({ status: "ok", value: { state: "locked", lock: validLock }, damaged: false });
  });

  it.each([
    ["corrupt JSON", "{not json"],
    ["no version", { state: "open", answers: [] }],
    ["an unknown state", { version: 1, state: "maybe", answers: [] }],
    ["answers that are not a list", { version: 1, state: "open", answers: "hello" }],
    ["a lock without a cipher", { version: 1, state: "locked", lock: { ...validLock, cipher: "ROT13" } }],
    ["a lock with too few iterations", { version: 1, state: "locked", lock: { ...validLock, iterations: 1000 } }],
    ["a lock with text that is not base64", { version: 1, state: "locked", lock: { ...validLock, iv: "<script>" } }],
    ["an older version it can't upgrade", { version: 0, state: "open", answers: [] }],
  ])("ignores %s without throwing", (_name, stored) => {
    expect(setup(stored).store.read()).toEqual({ status: "invalid" });
  });

  it("drops only the damaged answers in an otherwise good list", () => {
    const damaged = [answer(), { ...answer({ prompt: "one-small-thing" }), text: 42 }, answer({ lesson: "Not A Slug" }), answer({ prompt: "x", updatedAt: "yesterday" }), "oops", null];
    const { store } = setup({ version: 1, state: "open", answers: damaged });
    expect(store.read()).toEqual({ status: "ok", value: { state: "open", data: [answer()] }, damaged: true });
  });

  it("leaves a newer version untouched and refuses to overwrite it", async () => {
    const newer = JSON.stringify({ version: 2, state: "open", answers: [], extra: true });
    const { storage, store, write } = setup(newer);
    expect(store.read()).toEqual({ status: "newer" });
    expect(await write({ state: "open", data: [answer()] })).toEqual({ ok: false, reason: "newer-version" });
    expect(storage.getItem(storageKeys.reflections)).toBe(newer);
  });

  it("reports a full storage and keeps what was saved before", async () => {
    const { storage, write } = setup({ version: 1, state: "open", answers: [answer()] });
    const before = storage.getItem(storageKeys.reflections);
    storage.failWrites = quotaError();
    expect(await write({ state: "open", data: [answer({ text: "new" })] })).toEqual({ ok: false, reason: "full" });
    expect(storage.getItem(storageKeys.reflections)).toBe(before);
  });

  it("reports missing storage", async () => {
    const store = createVersionedStore(lockableStoreSchema(reflectionsSchema), () => undefined);
    expect(store.read()).toEqual({ status: "unavailable" });
    expect(await store.transaction((tx) => tx.write({ state: "open", data: [] }))).toEqual({ ok: false, reason: "unavailable" });
  });
});

describe("the accepted forms of each answer field", () => {
  const accepts = (overrides: Record<string, unknown>) => parseAnswers([{ ...answer(), ...overrides }])?.dropped === 0;

  it.each([
    [{ lesson: "when-it-ends" }, true],
    [{ lesson: "When-It-Ends" }, false],
    [{ lesson: 3 }, false],
    [{ prompt: "one-small-thing" }, true],
    [{ prompt: "one small thing" }, false],
    [{ prompt: undefined }, false],
    [{ text: "" }, true],
    [{ text: "Any words, <b>markup</b> and all\nlines" }, true],
    [{ text: 42 }, false],
    [{ text: null }, false],
    [{ updatedAt: "2025-03-12T12:00:00.000Z" }, true],
    [{ updatedAt: "2025-03-12T12:00:00+01:00" }, true],
    [{ updatedAt: "2025-03-12" }, true],
    [{ updatedAt: "yesterday" }, false],
    [{ updatedAt: 1741780800000 }, false],
  ])("an answer with %j is accepted: %s", (overrides, valid) => {
    expect(accepts(overrides)).toBe(valid);
  });

  it("counts what it drops, and refuses a list that is not a list", () => {
    expect(parseAnswers([answer(), "x", null])).toEqual({ value: [answer()], dropped: 2 });
    expect(parseAnswers({ 0: answer() })).toBeUndefined();
  });
});

describe("answer lists", () => {
  const now = new Date("2025-04-01T09:30:00.000Z");

  it("adds, replaces and reads one prompt's answer", () => {
    const added = withAnswer([], "when-it-ends", "how-you-feel-now", "Numb.", now);
    expect(added).toEqual([answer({ text: "Numb.", updatedAt: now.toISOString() })]);
    const replaced = withAnswer(added, "when-it-ends", "how-you-feel-now", "Less numb.", new Date("2025-04-02T09:30:00.000Z"));
    expect(replaced).toHaveLength(1);
    expect(answerText(replaced, "when-it-ends", "how-you-feel-now")).toBe("Less numb.");
    expect(answerText(replaced, "when-it-ends", "one-small-thing")).toBe("");
  });

  it("keeps the date when the text did not change", () => {
    expect(withAnswer([answer()], "when-it-ends", "how-you-feel-now", answer().text, now)).toEqual([answer()]);
  });

  it("removes the answer when the box is cleared", () => {
    expect(withAnswer([answer()], "when-it-ends", "how-you-feel-now", "  \n ", now)).toEqual([]);
    expect(withoutAnswer([answer(), answer({ prompt: "one-small-thing" })], "when-it-ends", "how-you-feel-now")).toEqual([answer({ prompt: "one-small-thing" })]);
  });
});
