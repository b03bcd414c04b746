/** Every key this site stores starts with this, so the safety page can erase exactly what is ours. */
export const STORAGE_PREFIX = "nocontact:";

/** Each store's key, in one place. */
export const storageKeys = {
  /** Lessons the reader marked complete, each with the day. */
  progress: `${STORAGE_PREFIX}progress`,
  /** The reader's reflection answers (plain or locked). */
  reflections: `${STORAGE_PREFIX}reflections`,
  /** Dated copies of the final message the reader kept (tools/final-message). */
  finalMessage: `${STORAGE_PREFIX}final-message`,
  /** The reader's log of unwanted contact (tools/contact-log). */
  contactLog: `${STORAGE_PREFIX}contact-log`,
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
    key: storageKeys.finalMessage,
    label: "Your final message",
    sensitive: true,
    storedWhen:
      "When you press “Keep a dated copy” in the final-message builder: the message, the date and time you kept it, and the choices it was made from (the date and time contact stops, the ways of contact it closes, and your line about the children).",
  },
  {
    key: storageKeys.contactLog,
    label: "Your log of unwanted contact",
    sensitive: true,
    storedWhen:
      "When you add, change or delete an entry in the unwanted-contact log: each entry's date and time, how contact was made, what happened, witnesses, evidence kept, whether you reported it, the police reference and the officer's name or number.",
  },
];

/** Where a store's unreadable value is set aside before anything is written over it. */
export const UNREADABLE_PREFIX = `${STORAGE_PREFIX}unreadable:`;

/** The quarantine key for a store: `nocontact:unreadable:<store>`. */
export function unreadableKey(storeKey: string): string {
  return `${UNREADABLE_PREFIX}${storeKey.slice(STORAGE_PREFIX.length)}`;
}
