/** Every key this site stores starts with this, so the safety page can erase exactly what is ours. */
export const STORAGE_PREFIX = "nocontact:";

/** Each store's key, in one place. */
export const storageKeys = {
  /** Lessons the reader marked complete, each with the day. */
  progress: `${STORAGE_PREFIX}progress`,
  /** The reader's reflection answers (plain or locked). */
  reflections: `${STORAGE_PREFIX}reflections`,
  /** The reader's safety plan from /tools/safety-plan/. */
  safetyPlan: `${STORAGE_PREFIX}safety-plan`,
  /** The day counter's start date and past streaks (dates only). */
  dayCounter: `${STORAGE_PREFIX}day-counter`,
  /** The pause tool's unsent notes and the reader's list of who to call instead. */
  pauseNotes: `${STORAGE_PREFIX}pause-notes`,
  /** How many urges passed during a pause (a number). */
  pauseCount: `${STORAGE_PREFIX}pause-count`,
  /** Dated copies of the final message the reader kept (tools/final-message). */
  finalMessage: `${STORAGE_PREFIX}final-message`,
  /** The reader's log of unwanted contact (tools/contact-log). */
  contactLog: `${STORAGE_PREFIX}contact-log`,
} as const;

/**
 * The keys of the stores the registry marks sensitive, which the one passphrase seals (their schemas are
 * in sensitive-stores.ts; a unit test holds the three lists to each other). Lessons only need to know
 * whether any is locked, so the schemas, and the code that reads each tool's data, stay off their pages.
 */
export const sensitiveKeys: readonly string[] = [storageKeys.reflections, storageKeys.safetyPlan, storageKeys.pauseNotes, storageKeys.finalMessage, storageKeys.contactLog];

/** Where a store's unreadable value is set aside before anything is written over it. */
export const UNREADABLE_PREFIX = `${STORAGE_PREFIX}unreadable:`;

/** The quarantine key for a store: `nocontact:unreadable:<store>`. */
export function unreadableKey(storeKey: string): string {
  return `${UNREADABLE_PREFIX}${storeKey.slice(STORAGE_PREFIX.length)}`;
}
