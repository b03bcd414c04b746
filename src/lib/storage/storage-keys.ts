/** Every key this site stores starts with this, so the safety page can erase exactly what is ours. */
export const STORAGE_PREFIX = "nocontact:";

/** Each store's key, in one place. */
export const storageKeys = {
  /** Lessons the reader marked complete, each with the day. */
  progress: `${STORAGE_PREFIX}progress`,
  /** The reader's reflection answers (plain or locked). */
  reflections: `${STORAGE_PREFIX}reflections`,
  /** The day counter's start date and past streaks (dates only). */
  dayCounter: `${STORAGE_PREFIX}day-counter`,
  /** The pause tool's unsent notes and the reader's list of who to call instead. */
  pauseNotes: `${STORAGE_PREFIX}pause-notes`,
  /** How many urges passed during a pause (a number). */
  pauseCount: `${STORAGE_PREFIX}pause-count`,
} as const;

/** A store as the safety page and erase messages describe it. */
export interface StoreEntry {
  /** The key (from storageKeys). */
  key: string;
  /** The store in plain words, as the reader would name it. */
  label: string;
  /** True when it holds the reader's own words, which one passphrase can lock. */
  sensitive: boolean;
  /** What the reader does that writes it, and what is kept: the safety page lists this. */
  storedWhen: string;
}

/** The registry of every store: its key, its label, whether it is sensitive, and what writes it. */
export const storeRegistry: readonly StoreEntry[] = [
  {
    key: storageKeys.progress,
    label: "Your progress",
    sensitive: false,
    storedWhen:
      "When you press “Mark lesson complete”: which lessons you completed, and the day you did. After that, opening a lesson also updates which lesson you opened last, so the home page can take you back to it.",
  },
  {
    key: storageKeys.reflections,
    label: "Your reflections",
    sensitive: true,
    storedWhen:
      "When you write in a lesson's “Write it down” box or edit an answer on My reflections: your words, which question they answer, and when you last changed them. If you set a passphrase, only the locked (encrypted) answers are kept.",
  },
  {
    key: storageKeys.dayCounter,
    label: "Your day counter",
    sensitive: false,
    storedWhen:
      "When you set a start date on the day counter: that date, and the dates of any earlier counts you started again from (no words). The home page then shows the day number.",
  },
  {
    key: storageKeys.pauseNotes,
    label: "Your unsent notes",
    sensitive: true,
    storedWhen:
      "When you keep a note or add someone to call on the “Pause before you reach out” page: your words, when you wrote them, and the names you listed.",
  },
  {
    key: storageKeys.pauseCount,
    label: "Your pause count",
    sensitive: false,
    storedWhen: "When you say an urge has passed at the end of a pause: how many times you have done that (a number only).",
  },
];

/** Where a store's unreadable value is set aside before anything is written over it. */
export const UNREADABLE_PREFIX = `${STORAGE_PREFIX}unreadable:`;

/** The quarantine key for a store: `nocontact:unreadable:<store>`. */
export function unreadableKey(storeKey: string): string {
  return `${UNREADABLE_PREFIX}${storeKey.slice(STORAGE_PREFIX.length)}`;
}
