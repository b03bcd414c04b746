import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_DELAY_MS, createAutosave } from "../../src/lib/autosave";

type Result = { ok: boolean };

function setup(outcome: () => Result = () => ({ ok: true })) {
  const saved: string[] = [];
  const results: Result[] = [];
  const autosave = createAutosave<string, Result>({
    save: (text) => {
      saved.push(text);
      return outcome();
    },
    succeeded: (result) => result.ok,
    onResult: (result) => results.push(result),
  });
  return { autosave, saved, results };
}

describe("autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("saves once, with the latest text, after typing pauses", async () => {
    const { autosave, saved, results } = setup();
    autosave.schedule("I");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    autosave.schedule("I miss");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    autosave.schedule("I miss him");
    expect(saved).toEqual([]);
    expect(autosave.hasUnsaved()).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saved).toEqual(["I miss him"]);
    expect(results).toEqual([{ ok: true }]);
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it("saves at once on flush (leaving the page) and not again when the timer would have fired", async () => {
    const { autosave, saved } = setup();
    autosave.schedule("before I go");
    await autosave.flush();
    expect(saved).toEqual(["before I go"]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(saved).toEqual(["before I go"]);
  });

  it("does nothing on flush when everything is saved", async () => {
    const { autosave, saved } = setup();
    await autosave.flush();
    expect(saved).toEqual([]);
  });

  it("keeps failed text as unsaved, so it is not dropped and the next flush tries again", async () => {
    let ok = false;
    const { autosave, saved, results } = setup(() => ({ ok }));
    autosave.schedule("words I can't lose");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(results).toEqual([{ ok: false }]);
    expect(autosave.hasUnsaved()).toBe(true);
    ok = true;
    await autosave.flush();
    expect(saved).toEqual(["words I can't lose", "words I can't lose"]);
    expect(autosave.hasUnsaved()).toBe(false);
  });

  it("stays unsaved when more was typed while a slow save ran", async () => {
    let finish: (result: Result) => void = () => undefined;
    const autosave = createAutosave<string, Result>({
      save: () => new Promise<Result>((resolve) => (finish = resolve)),
      succeeded: (result) => result.ok,
      onResult: () => undefined,
    });
    autosave.schedule("first");
    const flushing = autosave.flush();
    autosave.schedule("first and more");
    finish({ ok: true });
    await flushing;
    expect(autosave.hasUnsaved()).toBe(true);
  });

  it("discard stops a pending save and forgets the value", async () => {
    const { autosave, saved } = setup();
    autosave.schedule("never mind");
    autosave.discard();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(saved).toEqual([]);
    expect(autosave.hasUnsaved()).toBe(false);
    await autosave.flush();
    expect(saved).toEqual([]);
  });
});
