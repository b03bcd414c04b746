import { describe, expect, it } from "vitest";
import { emptyPlan, parsePlan, type SafetyPlan } from "../../../src/lib/safety-plan/plan";
import { addOwnItem, changeOwnItem, removeOwnItem, setPhoneStep, setReady, setText, phoneStepList, applyEdits } from "../../../src/lib/safety-plan/plan-edits";
import { createSafetyPlanStore, migratePlan, saveEdits, saveEditsNow, PLAN_VERSION } from "../../../src/lib/safety-plan/plan-store";
import { storageKeys } from "../../../src/lib/storage/storage-keys";
import { storeRegistry } from "../../../src/lib/storage/store-registry";
import { MemoryStorage, quotaError } from "../support/memory-storage";

const key = storageKeys.safetyPlan;

function setup(stored?: unknown) {
  const storage = new MemoryStorage();
  if (stored !== undefined) storage.setItem(key, typeof stored === "string" ? stored : JSON.stringify(stored));
  return { storage, store: createSafetyPlanStore(() => storage) };
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
  it("is registered under a nocontact: key", () => {
    expect(key).toBe("nocontact:safety-plan");
    expect(storeRegistry.find((entry) => entry.key === key)).toMatchObject({ key });
  });

  it("saves edits as one versioned object and reads them back", async () => {
    const { storage, store } = setup();
    expect(await saveEdits(store, [setText("codeWord", "Blue umbrella"), setReady("keys", true)])).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(key) ?? "")).toEqual({ ...emptyPlan, codeWord: "Blue umbrella", readyTicked: ["keys"], version: PLAN_VERSION });
    expect(store.read()).toEqual({ status: "ok", value: { ...emptyPlan, codeWord: "Blue umbrella", readyTicked: ["keys"] }, damaged: false });
  });

  it("applies edits to what is stored now, keeping another tab's changes", async () => {
    const { store } = setup({ ...filled, version: 1 });
    await saveEdits(store, [setText("atTheDoor", "Keep the chain on")]);
    expect(store.read()).toMatchObject({ status: "ok", value: { ...filled, atTheDoor: "Keep the chain on" } });
  });

  it("saves at once on leaving, with nothing to wait for", () => {
    const { store } = setup();
    expect(saveEditsNow(store, [setText("safePlaces", "The library")])).toEqual({ ok: true });
    expect(store.read()).toMatchObject({ status: "ok", value: { safePlaces: "The library" } });
  });

  it("salvages entry by entry: one bad answer or list item is dropped, the rest kept", () => {
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
    expect(store.read()).toEqual({
      status: "ok",
      damaged: true,
      value: { ...emptyPlan, title: "Mine", readyTicked: ["keys"], ownItems: [{ id: "a1", text: "Torch", done: true }], phoneSteps: ["Step one"], country: "uk" },
    });
  });

  it("reads a plan missing parts (none filled yet) as undamaged", () => {
    expect(setup({ version: 1, safePlaces: "Gran's" }).store.read()).toEqual({ status: "ok", value: { ...emptyPlan, safePlaces: "Gran's" }, damaged: false });
  });

  it.each([
    ["corrupt JSON", "{not json"],
    ["no version", { title: "x" }],
    ["a list", [1, 2]],
  ])("sets aside %s before the first write over it, and never throws", async (_, value) => {
    const { storage, store } = setup(value);
    const original = storage.getItem(key);
    expect(store.read()).toEqual({ status: "invalid" });
    expect(await saveEdits(store, [setText("title", "New")])).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:unreadable:safety-plan") ?? "").values[0].text).toBe(original);
    expect(store.read()).toMatchObject({ status: "ok", value: { title: "New" } });
  });

  it("sets aside a damaged plan's original too, keeping its good parts in the new value", async () => {
    const { storage, store } = setup({ version: 1, title: "Mine", codeWord: 42 });
    const original = storage.getItem(key);
    await saveEdits(store, [setText("atTheDoor", "Call")]);
    expect(JSON.parse(storage.getItem("nocontact:unreadable:safety-plan") ?? "").values[0].text).toBe(original);
    expect(store.read()).toMatchObject({ status: "ok", value: { title: "Mine", atTheDoor: "Call" }, damaged: false });
  });

  it("never writes over a plan saved by a newer version", async () => {
    const newer = JSON.stringify({ version: PLAN_VERSION + 1, title: "From the future" });
    const { storage, store } = setup(newer);
    expect(store.read()).toEqual({ status: "newer" });
    expect(await saveEdits(store, [setText("title", "x")])).toEqual({ ok: false, reason: "newer-version" });
    expect(saveEditsNow(store, [setText("title", "x")])).toEqual({ ok: false, reason: "newer-version" });
    expect(storage.getItem(key)).toBe(newer);
  });

  it("reports full and blocked storage instead of throwing", async () => {
    const full = setup();
    full.storage.failWrites = quotaError();
    expect(await saveEdits(full.store, [setText("title", "x")])).toEqual({ ok: false, reason: "full" });
    const blocked = createSafetyPlanStore(() => undefined);
    expect(blocked.read()).toEqual({ status: "unavailable" });
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
  it("upgrades step by step to the current version, then salvages", () => {
    const steps = { 1: (raw: Record<string, unknown>) => ({ ...raw, codeWord: raw["word"] }), 2: (raw: Record<string, unknown>) => ({ ...raw, title: "Moved" }) };
    expect(migratePlan({ word: "Blue" }, 1, steps, 3)).toEqual({ value: { ...emptyPlan, codeWord: "Blue", title: "Moved" }, dropped: 0 });
  });

  it("gives up (so the value is set aside, not lost) when a step is missing", async () => {
    expect(migratePlan({ title: "x" }, 0)).toBeUndefined();
    const { storage, store } = setup({ version: 0, title: "Old" });
    expect(store.read()).toEqual({ status: "invalid" });
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
