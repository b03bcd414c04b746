import { describe, expect, it } from "vitest";
import { createReflectionsJournal } from "../../src/lib/reflections-journal";
import { lockableStoreSchema } from "../../src/lib/storage/lockable-store";
import { createPassphraseChange } from "../../src/lib/storage/passphrase-change";
import { createPassphraseLock } from "../../src/lib/storage/passphrase-lock";
import { reflectionsSchema } from "../../src/lib/storage/reflections-store";
import { createVersionedStore } from "../../src/lib/storage/versioned-store";
import { storageKeys } from "../../src/lib/storage/storage-keys";
import { MemoryStorage, quotaError } from "./support/memory-storage";

// The lowest count the store accepts keeps these tests quick; reflection-crypto.test.ts checks the real count.
const iterations = 100_000;

/**
 * One page: its own key holder over the shared storage, and the journal on it with setting and removing
 * the passphrase as My reflections offers them. `store` is the raw store, as another tab would hold its lock.
 */
function setup(storage = new MemoryStorage()) {
  const store = createVersionedStore(lockableStoreSchema(reflectionsSchema), () => storage);
  const lock = createPassphraseLock({ storage: () => storage });
  const change = createPassphraseChange(lock, { storage: () => storage, iterations });
  const journal = { ...createReflectionsJournal(lock), setLock: (passphrase: string) => change.setPassphrase(passphrase, storageKeys.reflections), removeLock: change.removePassphrase };
  return { storage, store, journal };
}

const stored = (storage: MemoryStorage) => storage.getItem(storageKeys.reflections);

/** Every answer's text, as a new page sees it once unlocked with "correct horse". */
async function textsOnNextPage(storage: MemoryStorage) {
  const { journal } = setup(storage);
  await journal.unlock("correct horse");
  const state = journal.load();
  return state.status === "unlocked" && state.answers.map((answer) => answer.text).sort();
}

describe("reflections journal", () => {
  it("saves and reads back an answer", async () => {
    const { journal } = setup();
    expect(journal.load()).toEqual({ status: "open", answers: [] });
    expect(await journal.saveAnswer("when-it-ends", "one-small-thing", "A walk.", new Date("2025-03-12T12:00:00Z"))).toEqual({ ok: true });
    expect(journal.load()).toEqual({
      status: "open",
      answers: [{ lesson: "when-it-ends", prompt: "one-small-thing", text: "A walk.", updatedAt: "2025-03-12T12:00:00.000Z" }],
    });
  });

  it("treats corrupt data as no reflections, without throwing", async () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKeys.reflections, "]]garbage[[");
    const { journal } = setup(storage);
    expect(journal.load()).toEqual({ status: "open", answers: [] });
  });

  it("reports a failed write and leaves what was saved before", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "First words");
    const before = stored(storage);
    storage.failWrites = quotaError();
    expect(await journal.saveAnswer("when-it-ends", "one-small-thing", "Second words")).toEqual({ ok: false, reason: "full" });
    expect(stored(storage)).toBe(before);
  });

  it("locks: stores salt, IV, ciphertext and iterations, never the passphrase or the text", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "my secret words");
    expect(await journal.setLock("correct horse")).toEqual({ ok: true });
    const raw = stored(storage) ?? "";
    expect(raw).not.toContain("my secret words");
    expect(raw).not.toContain("correct horse");
    expect(JSON.parse(raw)).toMatchObject({ version: 1, state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", iterations } });
    // This page keeps the key, so the reader can go on writing.
    expect(journal.load()).toMatchObject({ status: "unlocked" });
    expect(await journal.saveAnswer("when-it-ends", "how-you-feel-now", "more words")).toEqual({ ok: true });
    expect(stored(storage)).not.toContain("more words");
  });

  it("needs the passphrase again on another page, and opens with it", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "kept safe");
    await journal.setLock("correct horse");
    const { journal: nextPage } = setup(storage);
    expect(nextPage.load()).toEqual({ status: "locked" });
    expect(await nextPage.saveAnswer("when-it-ends", "one-small-thing", "overwrite?")).toEqual({ ok: false, reason: "locked" });
    expect(await nextPage.unlock("correct horse")).toEqual({ ok: true });
    expect(nextPage.load()).toMatchObject({ status: "unlocked", answers: [{ text: "kept safe" }] });
  });

  it("rejects a wrong passphrase without changing anything", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "kept safe");
    await journal.setLock("correct horse");
    const before = stored(storage);
    const { journal: nextPage } = setup(storage);
    expect(await nextPage.unlock("wrong horse")).toEqual({ ok: false, reason: "wrong-passphrase" });
    expect(nextPage.load()).toEqual({ status: "locked" });
    expect(stored(storage)).toBe(before);
    expect(await nextPage.unlock("correct horse")).toEqual({ ok: true });
    expect(nextPage.load()).toMatchObject({ answers: [{ text: "kept safe" }] });
  });

  it("forgets the key on Lock now", async () => {
    const { journal } = setup();
    await journal.setLock("correct horse");
    journal.lockNow();
    expect(journal.load()).toEqual({ status: "locked" });
  });

  it("erases everything while locked, without the passphrase", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "erase me");
    await journal.setLock("correct horse");
    const { journal: nextPage } = setup(storage);
    expect(nextPage.eraseAll()).toEqual({ ok: true });
    expect(stored(storage)).toBeNull();
    expect(nextPage.load()).toEqual({ status: "open", answers: [] });
  });

  it("removes the lock and stores the answers in the open again", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "open again");
    await journal.setLock("correct horse");
    expect(await journal.removeLock()).toEqual({ ok: true });
    expect(stored(storage)).toContain("open again");
    expect(journal.load()).toMatchObject({ status: "open", answers: [{ text: "open again" }] });
  });

  it("a failed lock leaves the answers readable as they were", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "still here");
    storage.failWrites = quotaError();
    expect(await journal.setLock("correct horse")).toEqual({ ok: false, reason: "full" });
    expect(journal.load()).toMatchObject({ status: "open", answers: [{ text: "still here" }] });
  });

  it("deletes one answer and keeps the others", async () => {
    const { journal } = setup();
    await journal.saveAnswer("when-it-ends", "one-small-thing", "one");
    await journal.saveAnswer("wanting-answers", "what-you-know", "two");
    await journal.deleteAnswer("when-it-ends", "one-small-thing");
    expect(journal.load()).toMatchObject({ answers: [{ text: "two" }] });
  });

  it("runs changes in order, so quick saves never undo each other", async () => {
    const { journal } = setup();
    await journal.setLock("correct horse");
    await Promise.all([
      journal.saveAnswer("when-it-ends", "one-small-thing", "a"),
      journal.saveAnswer("when-it-ends", "how-you-feel-now", "b"),
      journal.saveAnswer("when-it-ends", "one-small-thing", "c"),
    ]);
    const state = journal.load();
    expect(state.status === "unlocked" && state.answers.map((answer) => answer.text).sort()).toEqual(["b", "c"]);
  });

  it("reports missing storage instead of throwing", async () => {
    const journal = createReflectionsJournal(createPassphraseLock({ storage: () => undefined }));
    expect(journal.load()).toEqual({ status: "unavailable" });
    expect(await journal.saveAnswer("when-it-ends", "one-small-thing", "x")).toEqual({ ok: false, reason: "unavailable" });
  });

  it("sets unreadable reflections aside before the first save over them", async () => {
    const storage = new MemoryStorage();
    storage.setItem(storageKeys.reflections, "]]garbage[[");
    const { journal } = setup(storage);
    expect(await journal.saveAnswer("when-it-ends", "one-small-thing", "new words")).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem("nocontact:unreadable:reflections") ?? "{}")).toMatchObject({ values: [{ text: "]]garbage[[" }] });
  });
});

describe("reflections in two tabs", () => {
  it("keeps both answers when two tabs save at the same moment", async () => {
    const { storage, journal: first } = setup();
    const { journal: second } = setup(storage);
    await Promise.all([first.saveAnswer("when-it-ends", "one-small-thing", "from one"), second.saveAnswer("wanting-answers", "what-you-know", "from two")]);
    expect(first.load()).toMatchObject({ answers: [{ text: "from one" }, { text: "from two" }] });
  });

  it("keeps both answers when both tabs have them unlocked", async () => {
    const { storage, journal: first } = setup();
    await first.setLock("correct horse");
    const { journal: second } = setup(storage);
    await second.unlock("correct horse");
    await Promise.all([first.saveAnswer("when-it-ends", "one-small-thing", "from one"), second.saveAnswer("wanting-answers", "what-you-know", "from two")]);
    const state = second.load();
    expect(state.status === "unlocked" && state.answers.map((answer) => answer.text).sort()).toEqual(["from one", "from two"]);
  });

  it("locks another tab's answer saved while the key was being derived, and that tab can't write plain text after", async () => {
    const { storage, journal: locking } = setup();
    const { journal: writing } = setup(storage);
    const lock = locking.setLock("correct horse");
    expect(await writing.saveAnswer("when-it-ends", "one-small-thing", "saved meanwhile")).toEqual({ ok: true });
    expect(await lock).toEqual({ ok: true });
    expect(stored(storage)).not.toContain("saved meanwhile");
    expect(await writing.saveAnswer("when-it-ends", "how-you-feel-now", "after the lock")).toEqual({ ok: false, reason: "locked" });
    expect(stored(storage)).not.toContain("after the lock");
    expect(locking.load()).toMatchObject({ status: "unlocked", answers: [{ text: "saved meanwhile" }] });
  });

  it("removing the lock keeps an answer another tab saved meanwhile", async () => {
    const { storage, journal: first } = setup();
    await first.setLock("correct horse");
    const { journal: second } = setup(storage);
    await second.unlock("correct horse");
    await second.saveAnswer("wanting-answers", "what-you-know", "from two");
    expect(await first.removeLock()).toEqual({ ok: true });
    expect(first.load()).toMatchObject({ status: "open", answers: [{ text: "from two" }] });
  });
});

describe("saving on leaving the page", () => {
  it("writes open drafts at once, merged into what is stored", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("wanting-answers", "what-you-know", "saved earlier");
    journal.draft("when-it-ends", "one-small-thing", "typed just now");
    expect(journal.saveDraftsNow()).toEqual({ ok: true });
    expect(stored(storage)).toContain("typed just now");
    expect(stored(storage)).toContain("saved earlier");
  });

  it("writes locked drafts at once, sealed, never in plain text", async () => {
    const { storage, journal } = setup();
    await journal.saveAnswer("wanting-answers", "what-you-know", "saved earlier");
    await journal.setLock("correct horse");
    journal.draft("when-it-ends", "one-small-thing", "typed just now");
    expect(journal.saveDraftsNow()).toEqual({ ok: true });
    expect(stored(storage)).not.toContain("typed just now");
    expect(await textsOnNextPage(storage)).toEqual(["saved earlier", "typed just now"]);
  });

  it("keeps what another tab saved after the draft was typed, as well as the draft", async () => {
    const { storage, journal } = setup();
    await journal.setLock("correct horse");
    journal.draft("when-it-ends", "one-small-thing", "typed just now");
    const { journal: other } = setup(storage);
    await other.unlock("correct horse");
    await other.saveAnswer("wanting-answers", "what-you-know", "from the other tab");
    expect(journal.saveDraftsNow()).toEqual({ ok: true });
    expect(stored(storage)).not.toContain("typed just now");
    expect(await textsOnNextPage(storage)).toEqual(["from the other tab", "typed just now"]);
  });

  it("refuses locked drafts once this page's lock was closed, writing nothing", async () => {
    const { storage, journal } = setup();
    await journal.setLock("correct horse");
    journal.draft("when-it-ends", "one-small-thing", "typed just now");
    journal.lockNow();
    const before = stored(storage);
    expect(journal.saveDraftsNow()).toEqual({ ok: false, reason: "locked" });
    expect(stored(storage)).toBe(before);
  });

  it("after an erase, drops drafts and saves waiting for the lock, writing nothing", async () => {
    const { storage, store, journal } = setup();
    // Something else (another tab) holds the lock while a save waits for it.
    let release = () => {};
    let busy: Promise<void> = Promise.resolve();
    await new Promise<void>((holding) => {
      busy = store.transaction(
        () =>
          new Promise<void>((resolve) => {
            release = resolve;
            holding();
          }),
      );
    });
    journal.draft("when-it-ends", "one-small-thing", "typed before the erase");
    const waiting = journal.saveAnswer("when-it-ends", "one-small-thing", "typed before the erase");
    journal.forgetDrafts();
    release();
    await busy;
    expect(await waiting).toEqual({ ok: false, reason: "erased" });
    expect(journal.saveDraftsNow()).toEqual({ ok: true });
    expect(stored(storage)).toBeNull();
  });
});
