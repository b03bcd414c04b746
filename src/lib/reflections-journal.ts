import type { WriteResult } from "./storage/browser-storage";
import {
  createReflectionsStore,
  parseAnswers,
  withAnswer,
  withoutAnswer,
  type ReflectionAnswer,
  type ReflectionsStore,
  type StoredReflections,
} from "./storage/reflections-store";
import type { ReadResult } from "./storage/versioned-store";
import type { LockKey, SealedText } from "./reflection-crypto";

// The crypto code loads only when a lock is set or opened, keeping lesson pages light for everyone else.
const lockCrypto = () => import("./reflection-crypto");

/** What the reader's reflections look like from this page. */
export type JournalState =
  /** No lock: the answers are readable (an empty list when nothing or only damaged data is stored). */
  | { status: "open"; answers: ReflectionAnswer[] }
  /** Locked, and this page has not been given the passphrase. */
  | { status: "locked" }
  /** Locked, and opened with the passphrase on this page; the key lives only in this page's memory. */
  | { status: "unlocked"; answers: ReflectionAnswer[] }
  /** Storage is disabled or blocked. */
  | { status: "unavailable" }
  /** A newer version of the site saved them; they are left untouched. */
  | { status: "newer" };

/** A write's outcome: a storage write, or refused because the reflections are locked or were erased while it waited. */
export type JournalWriteResult = WriteResult | { ok: false; reason: "locked" | "erased" };

/** The outcome of trying a passphrase. */
export type UnlockResult = { ok: true } | { ok: false; reason: "wrong-passphrase" | "not-locked" };

type Locked = Extract<StoredReflections, { state: "locked" }>;
type Edit = (answers: ReflectionAnswer[]) => ReflectionAnswer[];

const lockedWith = (sealed: SealedText): Locked => ({ state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", ...sealed } });

/**
 * The reader's reflections for one page: reading, writing, locking and unlocking.
 * Every change runs under the key's lock and re-reads storage inside it, so other tabs' changes are
 * kept. Words typed but not yet saved (drafts) are encrypted as they are typed, so leaving the page
 * can save them without waiting. Nothing here throws; failures come back as results.
 */
export function createReflectionsJournal(store: ReflectionsStore = createReflectionsStore(), options: { iterations?: number } = {}) {
  const iterations = options.iterations;
  // The derived key while the reader has the lock open on this page; forgotten on reload or "Lock now".
  let session: LockKey | undefined;
  // Typed but not yet saved, by "lesson/prompt": the latest text and when it was typed.
  const drafts = new Map<string, { lesson: string; prompt: string; text: string; at: Date }>();
  // The locked value with every draft applied, sealed ahead of time, and the stored text it was made from.
  let sealedDrafts: { base: string | null; value: Locked } | undefined;
  let draftsVersion = 0;
  let sealedVersion = 0;
  // Counts erasures, so that a save that was waiting when everything was erased never writes.
  let erasures = 0;

  const applyDrafts: Edit = (answers) => [...drafts.values()].reduce((all, draft) => withAnswer(all, draft.lesson, draft.prompt, draft.text, draft.at), answers);

  /** The answers inside a locked value, using `key`; undefined when there is no key or it doesn't fit. */
  const openWith = async (locked: Locked, key: LockKey | undefined): Promise<ReflectionAnswer[] | undefined> => {
    if (!key) return undefined;
    const plaintext = await (await lockCrypto()).unseal(locked.lock, key);
    if (plaintext === undefined) {
      // Locked again elsewhere with another passphrase: this key no longer opens it.
      if (session === key) session = undefined;
      return undefined;
    }
    return parseJsonAnswers(plaintext);
  };

  const stateOf = async (found: ReadResult<StoredReflections>): Promise<JournalState> => {
    if (found.status === "unavailable" || found.status === "newer") return { status: found.status };
    if (found.status !== "ok" || found.value.state === "open") {
      session = undefined;
      return { status: "open", answers: found.status === "ok" && found.value.state === "open" ? found.value.answers : [] };
    }
    const answers = await openWith(found.value, session);
    return answers ? { status: "unlocked", answers } : { status: "locked" };
  };

  /** Applies `edit` inside the lock, to the answers as stored now, whether open or locked with this page's key. */
  const change = (edit: Edit): Promise<JournalWriteResult> => {
    const erasuresBefore = erasures;
    return store.transaction(async (tx) => {
      if (erasures !== erasuresBefore) return { ok: false, reason: "erased" };
      const found = tx.read();
      if (found.status === "ok" && found.value.state === "locked") {
        const key = session;
        const answers = await openWith(found.value, key);
        if (!answers || !key) return { ok: false, reason: "locked" };
        return tx.write(lockedWith(await (await lockCrypto()).seal(JSON.stringify(edit(answers)), key)));
      }
      return tx.write({ state: "open", answers: edit(found.status === "ok" && found.value.state === "open" ? found.value.answers : []) });
    });
  };

  // The answers last opened for sealing drafts, by the stored text they came from, so each keystroke costs one encryption.
  let opened: { base: string | null; answers: ReflectionAnswer[] } | undefined;

  /** Seals the drafts now, while there is time, so that leaving the page only has to write. */
  const sealDrafts = async (): Promise<void> => {
    const version = ++draftsVersion;
    const key = session;
    const stored = store.transactionNow((tx) => tx.text());
    const found = store.read();
    if (!key || found.status !== "ok" || found.value.state !== "locked") return;
    let source = opened;
    if (source?.base !== stored) {
      const answers = await openWith(found.value, key);
      if (!answers) return;
      source = opened = { base: stored, answers };
    }
    const sealed = await (await lockCrypto()).seal(JSON.stringify(applyDrafts(source.answers)), key);
    // Keep the newest copy sealed so far: a slower, older one never replaces it.
    if (version > sealedVersion) {
      sealedVersion = version;
      sealedDrafts = { base: source.base, value: lockedWith(sealed) };
    }
  };

  const forgetDrafts = () => {
    erasures++;
    drafts.clear();
    sealedDrafts = undefined;
    draftsVersion++;
  };

  return {
    load: (): Promise<JournalState> => stateOf(store.read()),
    subscribe: store.subscribe,

    /** Notes words typed but not yet saved, and seals them ahead of time when the reflections are unlocked (resolves once sealed). */
    draft: (lesson: string, prompt: string, text: string, now = new Date()): Promise<void> => {
      drafts.set(`${lesson}/${prompt}`, { lesson, prompt, text, at: now });
      return session ? sealDrafts() : Promise.resolve();
    },

    saveAnswer: async (lesson: string, prompt: string, text: string, now = new Date()): Promise<JournalWriteResult> => {
      const result = await change((answers) => withAnswer(answers, lesson, prompt, text, now));
      const name = `${lesson}/${prompt}`;
      if (result.ok && drafts.get(name)?.text === text) drafts.delete(name);
      if (drafts.size === 0) sealedDrafts = undefined;
      // What is stored changed, so the copy for leaving is sealed again on top of it.
      else if (result.ok && session) void sealDrafts();
      return result;
    },

    /**
     * Writes every unsaved draft at once, with nothing left to wait for: for the moment the page is
     * left. Open answers are merged in directly; locked ones use the copy sealed as the reader typed,
     * and only if nothing was stored since it was sealed (otherwise another tab's words would be lost).
     */
    saveDraftsNow: (): JournalWriteResult => {
      if (drafts.size === 0) return { ok: true };
      const result = store.transactionNow((tx): JournalWriteResult => {
        const base = tx.text();
        const found = tx.read();
        if (found.status === "ok" && found.value.state === "locked") {
          return sealedDrafts && sealedDrafts.base === base ? tx.write(sealedDrafts.value) : { ok: false, reason: "locked" };
        }
        return tx.write({ state: "open", answers: applyDrafts(found.status === "ok" && found.value.state === "open" ? found.value.answers : []) });
      });
      if (result.ok) {
        drafts.clear();
        sealedDrafts = undefined;
      }
      return result;
    },

    /** Drops unsaved drafts and waiting saves without writing them: everything was erased, so nothing may be written back. */
    forgetDrafts,

    deleteAnswer: (lesson: string, prompt: string) => change((answers) => withoutAnswer(answers, lesson, prompt)),

    /** Removes every answer, locked or not: no passphrase is needed to erase. */
    eraseAll: (): WriteResult => {
      session = undefined;
      forgetDrafts();
      return store.remove();
    },

    /**
     * Locks the answers with a new passphrase (or a different one, when already unlocked here). The slow
     * key derivation happens first; then, inside the lock, the answers are read again and sealed, so a
     * change another tab made meanwhile is locked too, never lost. This page stays unlocked.
     */
    setLock: async (passphrase: string): Promise<JournalWriteResult> => {
      const { createLockKey, seal } = await lockCrypto();
      const lockKey = await createLockKey(passphrase, iterations);
      return store.transaction(async (tx): Promise<JournalWriteResult> => {
        const found = tx.read();
        if (found.status === "unavailable") return { ok: false, reason: "unavailable" };
        if (found.status === "newer") return { ok: false, reason: "newer-version" };
        let answers: ReflectionAnswer[] = [];
        if (found.status === "ok" && found.value.state === "locked") {
          const opened = await openWith(found.value, session);
          if (!opened) return { ok: false, reason: "locked" };
          answers = opened;
        } else if (found.status === "ok" && found.value.state === "open") {
          answers = found.value.answers;
        }
        const written = tx.write(lockedWith(await seal(JSON.stringify(answers), lockKey)));
        if (written.ok) session = lockKey;
        return written;
      });
    },

    /** Tries a passphrase. A wrong one changes nothing. */
    unlock: async (passphrase: string): Promise<UnlockResult> => {
      const found = store.read();
      if (found.status !== "ok" || found.value.state !== "locked") return { ok: false, reason: "not-locked" };
      const opened = await (await lockCrypto()).unsealWithPassphrase(found.value.lock, passphrase);
      if (!opened) return { ok: false, reason: "wrong-passphrase" };
      session = opened.lockKey;
      if (drafts.size > 0) void sealDrafts();
      return { ok: true };
    },

    /** Forgets the key on this page, so the passphrase is needed again. */
    lockNow: (): void => {
      session = undefined;
      sealedDrafts = undefined;
    },

    /** Stores the answers in the open again, re-read inside the lock; only possible while unlocked on this page. */
    removeLock: (): Promise<JournalWriteResult> =>
      store.transaction(async (tx): Promise<JournalWriteResult> => {
        const found = tx.read();
        if (found.status !== "ok" || found.value.state !== "locked") return { ok: false, reason: "failed" };
        const answers = await openWith(found.value, session);
        if (!answers) return { ok: false, reason: "locked" };
        const written = tx.write({ state: "open", answers });
        if (written.ok) session = undefined;
        return written;
      }),
  };
}

export type ReflectionsJournal = ReturnType<typeof createReflectionsJournal>;

function parseJsonAnswers(plaintext: string): ReflectionAnswer[] {
  try {
    // AES-GCM already proved this is what the site encrypted, so damage here is unexpected; keep what is valid.
    return parseAnswers(JSON.parse(plaintext))?.value ?? [];
  } catch {
    return [];
  }
}
