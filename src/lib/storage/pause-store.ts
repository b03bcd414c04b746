import { storageKeys } from "./storage-keys";
import { createVersionedStore, isRecord, salvageList, type Salvaged, type StoreSchema } from "./versioned-store";
import { browserStorage } from "./browser-storage";
import type { LockableSchema } from "./lockable-store";

/** A message the reader wrote in the pause instead of sending it. */
export interface UnsentNote {
  /** Their words, exactly as written (always rendered as text). */
  text: string;
  /** When it was kept, as an ISO 8601 timestamp; also the note's identity. */
  written: string;
}

/** What the pause keeps of the reader's own words: their unsent notes and who they could call instead. */
export interface PauseNotes {
  /** Unsent notes, oldest first. */
  notes: UnsentNote[];
  /** The people (or places) the reader could call instead, in their own words, in their order. */
  people: string[];
}

export const emptyPauseNotes: PauseNotes = { notes: [], people: [] };

/** How many urges passed during a pause: a number, no words, so not sensitive. */
export interface PauseCount {
  /** Pauses the reader ended by saying the urge passed. */
  passed: number;
}

export const emptyPauseCount: PauseCount = { passed: 0 };

const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

function isNote(value: unknown): value is UnsentNote {
  return isRecord(value) && typeof value["text"] === "string" && value["text"].trim() !== "" && typeof value["written"] === "string" && timestampPattern.test(value["written"]);
}

/** A list that may be missing (nothing kept in it yet): its valid items, or undefined when it is there but not a list. */
function salvageOptional<T>(raw: unknown, valid: (item: unknown) => item is T): Salvaged<T[]> | undefined {
  return raw === undefined ? { value: [], dropped: 0 } : salvageList(raw, (item) => (valid(item) ? item : undefined));
}

const isPerson = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/** The valid notes and names of a stored value, or undefined when its shape is wrong. */
function parsePauseNotes(raw: unknown): Salvaged<PauseNotes> | undefined {
  if (!isRecord(raw)) return undefined;
  const notes = salvageOptional(raw["notes"], isNote);
  const people = salvageOptional(raw["people"], isPerson);
  if (!notes || !people) return undefined;
  return {
    value: { notes: notes.value.map(({ text, written }) => ({ text, written })), people: people.value },
    dropped: notes.dropped + people.dropped,
  };
}

/**
 * `nocontact:pause-notes` (version 2): `{ state: "open", pause: { notes, people } }`, or sealed once the
 * reader set the passphrase (lockable-store.ts); salvaged note by note and name by name. Version 1 kept
 * `{ notes, people }` in the open, beside `version`; it is read as it was.
 */
export const pauseNotesSchema: LockableSchema<PauseNotes> = {
  key: storageKeys.pauseNotes,
  version: 2,
  field: "pause",
  parseData: parsePauseNotes,
  migrate: (raw, fromVersion) => (fromVersion === 1 ? parsePauseNotes(raw) : undefined),
  empty: emptyPauseNotes,
};

/** `nocontact:pause-count` (version 1). */
export const pauseCountSchema: StoreSchema<PauseCount> = {
  key: storageKeys.pauseCount,
  version: 1,
  parse: (raw) => {
    const passed = raw["passed"];
    return Number.isSafeInteger(passed) && (passed as number) >= 0 ? { value: { passed: passed as number }, dropped: 0 } : undefined;
  },
  migrate: () => undefined,
};

/** The count of urges that passed. */
export function createPauseCountStore(storage: () => Storage | undefined = browserStorage) {
  return createVersionedStore(pauseCountSchema, storage);
}
