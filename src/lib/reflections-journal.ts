import type { WriteResult } from "./storage/browser-storage";
import type { LockWriteResult } from "./storage/lockable-store";
import { pagePassphraseLock, type PassphraseLock } from "./storage/passphrase-lock";
import { reflectionsSchema, withAnswer, withoutAnswer, type ReflectionAnswer } from "./storage/reflections-store";

export type { UnlockResult } from "./storage/passphrase-lock";

/** What the reader's reflections look like from this page. */
export type JournalState =
  /** No passphrase: the answers are readable (an empty list when nothing or only damaged data is stored). */
  | { status: "open"; answers: ReflectionAnswer[] }
  /** The passphrase is set, and this page has not been given it. */
  | { status: "locked" }
  /** The passphrase is set and was given on this page; the key lives only in this page's memory. */
  | { status: "unlocked"; answers: ReflectionAnswer[] }
  /** Storage is disabled or blocked. */
  | { status: "unavailable" }
  /** A newer version of the site saved them; they are left untouched. */
  | { status: "newer" };

/** A write's outcome: a storage write, or refused because the reflections are locked or were erased while it waited. */
export type JournalWriteResult = LockWriteResult;

/**
 * The reader's reflections for one page: the reflections store (sealed with the page's one passphrase
 * lock when it is set) plus words typed but not yet saved (drafts), which leaving the page writes at
 * once. Nothing here throws.
 */
export function createReflectionsJournal(lock: PassphraseLock = pagePassphraseLock()) {
  const store = lock.store(reflectionsSchema);
  // Typed but not yet saved, by "lesson/prompt": the latest text and when it was typed.
  const drafts = new Map<string, { lesson: string; prompt: string; text: string; at: Date }>();

  const applyDrafts = (answers: ReflectionAnswer[]) =>
    [...drafts.values()].reduce((all, draft) => withAnswer(all, draft.lesson, draft.prompt, draft.text, draft.at), answers);

  return {
    load: (): JournalState => {
      const state = store.load();
      return state.status === "open" || state.status === "unlocked" ? { status: state.status, answers: state.value } : state;
    },
    subscribe: store.subscribe,

    /** Notes words typed but not yet saved, for `saveDraftsNow`. */
    draft: (lesson: string, prompt: string, text: string, now = new Date()): void => {
      drafts.set(`${lesson}/${prompt}`, { lesson, prompt, text, at: now });
    },

    saveAnswer: async (lesson: string, prompt: string, text: string, now = new Date()): Promise<JournalWriteResult> => {
      const result = await store.change((answers) => withAnswer(answers, lesson, prompt, text, now));
      const name = `${lesson}/${prompt}`;
      if (result.ok && drafts.get(name)?.text === text) drafts.delete(name);
      return result;
    },

    /** Writes every unsaved draft at once, with nothing left to wait for: for the moment the page is left. */
    saveDraftsNow: (): JournalWriteResult => {
      if (drafts.size === 0) return { ok: true };
      const result = store.changeNow(applyDrafts);
      if (result.ok) drafts.clear();
      return result;
    },

    /** Drops unsaved drafts and waiting saves without writing them: everything was erased, so nothing may be written back. */
    forgetDrafts: (): void => {
      drafts.clear();
      store.forgetPending();
    },

    deleteAnswer: (lesson: string, prompt: string) => store.change((answers) => withoutAnswer(answers, lesson, prompt)),

    /** Removes every answer, locked or not: no passphrase is needed to erase. */
    eraseAll: (): WriteResult => {
      drafts.clear();
      store.forgetPending();
      return store.remove();
    },

    /** Tries a passphrase. A wrong one changes nothing; the right one opens every sensitive store on this page. */
    unlock: lock.unlock,

    /** Forgets the key on this page, so the passphrase is needed again. */
    lockNow: lock.lockNow,
  };
}

export type ReflectionsJournal = ReturnType<typeof createReflectionsJournal>;
