import { describe, expect, it } from "vitest";
import { emptyPlan, parsePlan, type SafetyPlan } from "../../../src/lib/safety-plan/plan";
import { addOwnItem, changeOwnItem, removeOwnItem, setPhoneStep, setReady, setText, phoneStepList, applyEdits } from "../../../src/lib/safety-plan/plan-edits";
import { migratePlan, safetyPlanSchema, saveEdits, saveEditsNow, PLAN_VERSION } from "../../../src/lib/safety-plan/plan-store";
import { storageKeys } from "../../../src/lib/storage/storage-keys";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { MemoryStorage, quotaError } from "../support/memory-storage";
import { sensitiveStore } from "../support/sensitive-store";

const key = storageKeys.safetyPlan;

function setup(stored?: unknown) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem(key, typeof stored === "string" ? stored : JSON.stringify(stored));
  return { storage, store: sensitiveStore(safetyPlanSchema, () => storage).store };
}

const filled: SafetyPlan = {
  ...emptyPlan,
  title: "Thursdays",
  codeWord: "Blue umbrella",
  readyTicked: ["keys"],
  ownItems: [{ id: "a1", text: "Torch", done: true }],
  phoneSteps: ["Secure your email first."],
  country: "uk",
  ownNumbers: [{ id: "n1", name: "Ana", number: "0700" }],
};

describe("the safety plan's store", () => {
  it("is registered as sensitive under a nocontact: key", () => {
    expect(key).toBe("nocontact:safety-plan");
    expect(storeRegistry.find((entry) => entry.key === key)).toMatchObject({ key, sensitive: true });
  });

  it("saves edits as one versioned object and reads them back", async () => {
    const { storage, store } = setup();
    expect(await saveEdits(store, [setText("codeWord", "Blue umbrella"), setReady("keys", true)])).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(key) ?? "")).toEqual({ state: "open", plan: { ...emptyPlan, codeWord: "Blue umbrella", readyTicked: ["keys"] }, version: PLAN_VERSION });
    expect(store.load()).toEqual({ status: "open", value: { ...emptyPlan, codeWord: "Blue umbrella", readyTicked: ["keys"] } });
  });

  it("applies edits to what is stored now, keeping another tab's changes", async () => {
    const { store } = setup({ ...filled, version: 1 });
    await saveEdits(store, [setText("atTheDoor", "Keep the chain on")]);
    expect(store.load()).toMatchObject({ status: "open", value: { ...filled, atTheDoor: "Keep the chain on" } });
  });

  it("saves at once on leaving, with nothing to wait for", async () => {
    const { store } = setup();
    expect(saveEditsNow(store, [setText("safePlaces", "The library")])).toEqual({ ok: true });
    expect(store.load()).toMatchObject({ status: "open", value: { safePlaces: "The library" } });
  });

  it("salvages entry by entry: one bad answer or list item is dropped, the rest kept", async () => {
    const { store } = setup({
      version: 1,
      title: "Mine",
      codeWord: 42,
      readyTicked: ["keys", "a-spaceship", "keys"],
      ownItems: [{ id: "a1", text: "Torch", done: true }, { id: "BAD", text: "x", done: true }, "junk"],
      phoneSteps: ["Step one", 7],
      ownNumbers: "not a list",
      country: "uk",
      showSite: "yes",
    });
    expect(store.load()).toEqual({
      status: "open",
      damaged: true,
      value: { ...emptyPlan, title: "Mine", readyTicked: ["keys"], ownItems: [{ id: "a1", text: "Torch", done: true }], phoneSteps: ["Step one"], country: "uk" },
    });
  });

  it("reads a plan missing parts (none filled yet) as undamaged", async () => {
    expect(setup({ version: 1, safePlaces: "Gran's" }).store.load()).toEqual({ status: "open", value: { ...emptyPlan, safePlaces: "Gran's" } });
  });

  it.each([
    ["corrupt JSON", "{not json"],
    ["no version", { title: "x" }],
    ["a list", [1, 2]],
  ])("sets aside %s before the first write over it, and never throws", async (_, value) => {
    const { storage, store } = setup(value);
    const original = storage.getItem(key);
    expect(store.load()).toEqual({ status: "open", value: emptyPlan, damaged: true });
    expect(await saveEdits(store, [setText("title", "New")])).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:unreadable:safety-plan") ?? "").values[0].text).toBe(original);
    expect(store.load()).toMatchObject({ status: "open", value: { title: "New" } });
  });

  it("sets aside a damaged plan's original too, keeping its good parts in the new value", async () => {
    const { storage, store } = setup({ version: 1, title: "Mine", codeWord: 42 });
    const original = storage.getItem(key);
    await saveEdits(store, [setText("atTheDoor", "Call")]);
    expect(JSON.parse(storage.getItem("nocontact:unreadable:safety-plan") ?? "").values[0].text).toBe(original);
    expect(store.load()).toMatchObject({ status: "open", value: { title: "Mine", atTheDoor: "Call" } });
  });

  it("never writes over a plan saved by a newer version", async () => {
    const newer = JSON.stringify({ version: PLAN_VERSION + 1, title: "From the future" });
    const { storage, store } = setup(newer);
    expect(store.load()).toEqual({ status: "newer" });
    expect(await saveEdits(store, [setText("title", "x")])).toEqual({ ok: false, reason: "newer-version" });
    expect(saveEditsNow(store, [setText("title", "x")])).toEqual({ ok: false, reason: "newer-version" });
    expect(storage.getItem(key)).toBe(newer);
  });

  it("reports full and blocked storage instead of throwing", async () => {
    const full = setup();
    full.storage.failWrites = quotaError();
    expect(await saveEdits(full.store, [setText("title", "x")])).toEqual({ ok: false, reason: "full" });
    const blocked = sensitiveStore(safetyPlanSchema, () => undefined).store;
    expect(blocked.load()).toEqual({ status: "unavailable" });
    expect(await saveEdits(blocked, [setText("title", "x")])).toEqual({ ok: false, reason: "unavailable" });
  });

  it("erases the plan and anything set aside from it", async () => {
    const { storage, store } = setup("{broken");
    await saveEdits(store, [setText("title", "x")]);
    expect(store.remove()).toEqual({ ok: true });
    expect(storage.length).toBe(0);
  });

  it("keeps the whole plan one plain object, so a lock can seal it and parsePlan read it back", () => {
    const sealed = JSON.stringify(filled);
    expect(parsePlan(JSON.parse(sealed))).toEqual({ value: filled, dropped: 0 });
    expect(parsePlan("not an object")).toBeUndefined();
  });
});

describe("migrating an older plan", () => {
  it("reads a plan saved before the lock reached it (version 1, the plan itself in the open), losing nothing", async () => {
    const { storage, store } = setup({ ...filled, version: 1 });
    expect(store.load()).toEqual({ status: "open", value: filled });
    await saveEdits(store, [setText("atTheDoor", "Keep the chain on")]);
    expect(JSON.parse(storage.getItem(key) ?? "")).toEqual({ version: 2, state: "open", plan: { ...filled, atTheDoor: "Keep the chain on" } });
  });

  it("seals a version 1 plan when the passphrase is set, and opens it with one unlock", async () => {
    const { storage } = setup({ ...filled, version: 1 });
    const { change } = sensitiveStore(safetyPlanSchema, () => storage);
    expect(await change.setPassphrase("correct horse", storageKeys.reflections)).toEqual({ ok: true });
    expect(storage.getItem(key)).not.toContain("Blue umbrella");
    const next = sensitiveStore(safetyPlanSchema, () => storage);
    expect(next.store.load()).toEqual({ status: "locked" });
    expect(await saveEdits(next.store, [setText("title", "x")])).toEqual({ ok: false, reason: "locked" });
    expect(await next.lock.unlock("correct horse")).toEqual({ ok: true });
    expect(next.store.load()).toEqual({ status: "unlocked", value: filled });
  });

  it("upgrades step by step to the current version, then salvages", () => {
    const steps = { 1: (raw: Record<string, unknown>) => ({ ...raw, codeWord: raw["word"] }), 2: (raw: Record<string, unknown>) => ({ ...raw, title: "Moved" }) };
    expect(migratePlan({ word: "Blue" }, 1, steps, 3)).toEqual({ value: { ...emptyPlan, codeWord: "Blue", title: "Moved" }, dropped: 0 });
  });

  it("gives up (so the value is set aside, not lost) when a step is missing", async () => {
    expect(migratePlan({ title: "x" }, 0)).toBeUndefined();
    const { storage, store } = setup({ version: 0, title: "Old" });
    expect(store.load()).toEqual({ status: "open", value: emptyPlan, damaged: true });
    await saveEdits(store, [setText("title", "New")]);
    expect(JSON.parse(storage.getItem("nocontact:unreadable:safety-plan") ?? "").values[0].text).toContain("Old");
  });
});

describe("plan edits", () => {
  it("can be applied twice without doubling anything", () => {
    const edits = [addOwnItem({ id: "b2", text: "Glasses", done: false }), changeOwnItem("b2", { done: true }), setReady("money", true), setPhoneStep("Step", true)];
    const once = applyEdits(emptyPlan, edits);
    expect(applyEdits(once, edits)).toEqual(once);
    expect(once).toMatchObject({ ownItems: [{ id: "b2", text: "Glasses", done: true }], readyTicked: ["money"], phoneSteps: ["Step"] });
    expect(applyEdits(once, [removeOwnItem("b2"), setReady("money", false), setPhoneStep("Step", false)])).toEqual(emptyPlan);
  });

  it("lists the lesson's steps, then any ticked step the lesson no longer words that way", () => {
    expect(phoneStepList(["One", "Two"], ["Two", "Old"])).toEqual([
      { step: "One", done: false, fromLesson: true },
      { step: "Two", done: true, fromLesson: true },
      { step: "Old", done: true, fromLesson: false },
    ]);
  });
});
