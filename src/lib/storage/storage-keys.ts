/** Every key this site stores starts with this, so the safety page can erase exactly what is ours. */
export const STORAGE_PREFIX = "nocontact:";

/** Each store's key, in one place. */
export const storageKeys = {
  /** Lessons completed and the last lesson opened. */
  progress: `${STORAGE_PREFIX}progress`,
  /** The reader's reflection answers (plain or locked). */
  reflections: `${STORAGE_PREFIX}reflections`,
} as const;
