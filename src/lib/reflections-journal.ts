import type { WriteResult } from "./storage/browser-storage";
import {
  createReflectionsStore,
  emptyReflections,
  parseAnswers,
  withAnswer,
  withoutAnswer,
  type ReflectionAnswer,
  type ReflectionsStore,
  type StoredReflections,
} from "./storage/reflections-store";
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

/** A write's outcome: a storage write, or refused because the reflections are locked. */
export type JournalWriteResult = WriteResult | { ok: false; reason: "locked" };

/** The outcome of trying a passphrase. */
export type UnlockResult = { ok: true } | { ok: false; reason: "wrong-passphrase" | "not-locked" };

type Locked = Extract<StoredReflections, { state: "locked" }>;

const lockedWith = (sealed: SealedText): Locked => ({ state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", ...sealed } });

/**
 * The reader's reflections for one page: reading, writing, locking and unlocking.
 * Changes run one at a time in order, and each re-reads storage first so other tabs' changes are kept.
 * Nothing here throws; failures come back as results, and a failed write leaves storage as it was.
 */
export function createReflectionsJournal(store: ReflectionsStore = createReflectionsStore(), options: { iterations?: number } = {}) {
  const iterations = options.iterations;
  // The derived key while the reader has the lock open on this page; forgotten on reload or "Lock now".
  let session: LockKey | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const inTurn = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The answers inside a locked box, using this page's key; undefined when there is no key or it doesn't fit. */
  const openWithSession = async (locked: Locked): Promise<ReflectionAnswer[] | undefined> => {
    if (!session) return undefined;
    const plaintext = await (await lockCrypto()).unseal(locked.lock, session);
    if (plaintext === undefined) {
      // Locked again elsewhere with another passphrase: this key no longer opens it.
      session = undefined;
      return undefined;
    }
    return parseJsonAnswers(plaintext);
  };

  const load = async (): Promise<JournalState> => {
    const found = store.read();
    if (found.status === "unavailable" || found.status === "newer") return { status: found.status };
    if (found.status !== "ok") {
      session = undefined;
      return { status: "open", answers: [] };
    }
    if (found.value.state === "open") {
      session = undefined;
      return { status: "open", answers: found.value.answers };
    }
    const answers = await openWithSession(found.value);
    return answers ? { status: "unlocked", answers } : { status: "locked" };
  };

  /** Applies `edit` to the answers, whether they are open or locked with this page's key. */
  const change = (edit: (answers: ReflectionAnswer[]) => ReflectionAnswer[]): Promise<JournalWriteResult> =>
    inTurn(async () => {
      const found = store.read();
      if (found.status === "ok" && found.value.state === "locked") {
        const answers = await openWithSession(found.value);
        if (!answers || !session) return { ok: false, reason: "locked" };
        return store.write(lockedWith(await (await lockCrypto()).seal(JSON.stringify(edit(answers)), session)));
      }
      return store.update((stored) => (stored.state === "open" ? { state: "open", answers: edit(stored.answers) } : stored), emptyReflections);
    });

  return {
    load: () => inTurn(load),
    subscribe: store.subscribe,

    saveAnswer: (lesson: string, prompt: string, text: string, now = new Date()) => change((answers) => withAnswer(answers, lesson, prompt, text, now)),
    deleteAnswer: (lesson: string, prompt: string) => change((answers) => withoutAnswer(answers, lesson, prompt)),

    /** Removes every answer, locked or not: no passphrase is needed to erase. */
    eraseAll: (): Promise<WriteResult> =>
      inTurn(async () => {
        session = undefined;
        return store.remove();
      }),

    /** Locks the answers with a new passphrase (or a different one, when already unlocked here). This page stays unlocked. */
    setLock: (passphrase: string): Promise<JournalWriteResult> =>
      inTurn(async () => {
        const state = await load();
        if (state.status === "locked") return { ok: false, reason: "locked" };
        if (state.status === "unavailable") return { ok: false, reason: "unavailable" };
        if (state.status === "newer") return { ok: false, reason: "newer-version" };
        const { createLockKey, seal } = await lockCrypto();
        const lockKey = await createLockKey(passphrase, iterations);
        const written = store.write(lockedWith(await seal(JSON.stringify(state.answers), lockKey)));
        if (written.ok) session = lockKey;
        return written;
      }),

    /** Tries a passphrase. A wrong one changes nothing. */
    unlock: (passphrase: string): Promise<UnlockResult> =>
      inTurn(async () => {
        const found = store.read();
        if (found.status !== "ok" || found.value.state !== "locked") return { ok: false, reason: "not-locked" };
        const opened = await (await lockCrypto()).unsealWithPassphrase(found.value.lock, passphrase);
        if (!opened) return { ok: false, reason: "wrong-passphrase" };
        session = opened.lockKey;
        return { ok: true };
      }),

    /** Forgets the key on this page, so the passphrase is needed again. */
    lockNow: (): Promise<void> =>
      inTurn(async () => {
        session = undefined;
      }),

    /** Stores the answers in the open again; only possible while unlocked on this page. */
    removeLock: (): Promise<JournalWriteResult> =>
      inTurn(async () => {
        const state = await load();
        if (state.status !== "unlocked") return { ok: false, reason: state.status === "locked" ? "locked" : "failed" };
        const written = store.write({ state: "open", answers: state.answers });
        if (written.ok) session = undefined;
        return written;
      }),
  };
}

export type ReflectionsJournal = ReturnType<typeof createReflectionsJournal>;

function parseJsonAnswers(plaintext: string): ReflectionAnswer[] {
  try {
    // AES-GCM already proved this is what the site encrypted, so damage here is unexpected; keep what is valid.
    return parseAnswers(JSON.parse(plaintext)) ?? [];
  } catch {
    return [];
  }
}
