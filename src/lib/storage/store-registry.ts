import { storedData } from "@ui-strings";
import { storageKeys, unreadableKey } from "./storage-keys";

// Kept apart from the keys (storage-keys.ts), which every store and lesson script needs: the registry's
// labels and descriptions are only read on the safety page, My reflections and in erase-all.

/** A store as the safety page, erase-all and export describe it. */
export interface StoreEntry {
  /** The key (from storageKeys). */
  key: string;
  /** The store in plain words, as the reader would name it, at the start of a line ("Your progress"). */
  label: string;
  /** The same inside a sentence ("your progress"). */
  labelInSentence: string;
  /**
   * True when it holds the reader's own words: the one passphrase seals it (its schema is then listed in
   * sensitive-stores.ts, and built with createLockableStore).
   */
  sensitive: boolean;
  /** What the reader does that writes it, and what is kept: the safety page lists this. */
  storedWhen: string;
}

/**
 * The one registry of every store: its key, its label, whether it is sensitive, and what writes it.
 * Erase-all names what it removed from it, the safety page lists it, export writes every store in it.
 */
export const storeRegistry: readonly StoreEntry[] = [
  {
    key: storageKeys.progress,
    label: storedData.progressLabel,
    labelInSentence: storedData.progressInSentence,
    sensitive: false,
    storedWhen: storedData.progressStoredWhen,
  },
  {
    key: storageKeys.reflections,
    label: storedData.reflectionsLabel,
    labelInSentence: storedData.reflectionsInSentence,
    sensitive: true,
    storedWhen: storedData.reflectionsStoredWhen,
  },
  {
    key: storageKeys.safetyPlan,
    label: storedData.safetyPlanLabel,
    labelInSentence: storedData.safetyPlanInSentence,
    sensitive: true,
    storedWhen: storedData.safetyPlanStoredWhen,
  },
  {
    key: storageKeys.dayCounter,
    label: storedData.dayCounterLabel,
    labelInSentence: storedData.dayCounterInSentence,
    sensitive: false,
    storedWhen: storedData.dayCounterStoredWhen,
  },
  {
    key: storageKeys.pauseNotes,
    label: storedData.pauseNotesLabel,
    labelInSentence: storedData.pauseNotesInSentence,
    sensitive: true,
    storedWhen: storedData.pauseNotesStoredWhen,
  },
  {
    key: storageKeys.pauseCount,
    label: storedData.pauseCountLabel,
    labelInSentence: storedData.pauseCountInSentence,
    sensitive: false,
    storedWhen: storedData.pauseCountStoredWhen,
  },
  {
    key: storageKeys.finalMessage,
    label: storedData.finalMessageLabel,
    labelInSentence: storedData.finalMessageInSentence,
    sensitive: true,
    storedWhen: storedData.finalMessageStoredWhen,
  },
  {
    key: storageKeys.contactLog,
    label: storedData.contactLogLabel,
    labelInSentence: storedData.contactLogInSentence,
    sensitive: true,
    storedWhen: storedData.contactLogStoredWhen,
  },
];

/** What a stored key is: a registered store, the set-aside copy of one, or a key this registry doesn't know. */
export type KeyDescription = { kind: "store" | "unreadable"; entry: StoreEntry } | { kind: "unknown"; key: string };

/** Looks a stored key up in the registry. */
export function describeKey(key: string): KeyDescription {
  for (const entry of storeRegistry) {
    if (entry.key === key) return { kind: "store", entry };
    if (unreadableKey(entry.key) === key) return { kind: "unreadable", entry };
  }
  return { kind: "unknown", key };
}
