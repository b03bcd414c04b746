import { storageKeys } from "./storage-keys";
import { isRecord, salvageList, type Salvaged } from "./versioned-store";
import type { LockableSchema } from "./lockable-store";
import { channels, type Channel, type FinalMessageForm } from "../tools/final-message";
import { isDay, isTime } from "../tools/local-date-time";

/** One dated copy of a final message the reader chose to keep. */
export interface SavedFinalMessage {
  /** Tells copies apart (for deleting one); random, meaningless. */
  id: string;
  /** When the reader kept it, as an ISO 8601 timestamp: the copy's date stamp. */
  savedAt: string;
  /** The message exactly as it was shown to copy. */
  text: string;
  /** The choices it was built from, so the form can be filled in again from the latest copy. */
  form: FinalMessageForm;
}

/** The reader's kept final messages: the copies, oldest first. */
export interface StoredFinalMessages {
  copies: SavedFinalMessage[];
}

export const emptyFinalMessages: StoredFinalMessages = { copies: [] };

const FINAL_MESSAGE_VERSION = 2;

function parseForm(raw: unknown): FinalMessageForm | undefined {
  if (!isRecord(raw)) return undefined;
  const { stopDay, stopTime, channels: closed, children } = raw;
  if (typeof stopDay !== "string" || !isDay(stopDay) || typeof stopTime !== "string" || !isTime(stopTime)) return undefined;
  if (!Array.isArray(closed) || typeof children !== "string") return undefined;
  const known = closed.filter((channel): channel is Channel => channels.includes(channel as Channel));
  return { stopDay, stopTime, channels: known, children };
}

function parseCopy(raw: unknown): SavedFinalMessage | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, savedAt, text } = raw;
  const form = parseForm(raw["form"]);
  if (typeof id !== "string" || id === "" || typeof text !== "string" || !form) return undefined;
  if (typeof savedAt !== "string" || Number.isNaN(Date.parse(savedAt))) return undefined;
  return { id, savedAt, text, form };
}

/** The valid copies in a stored list, or undefined if it is not a list: one damaged copy never takes the others with it. */
export function parseCopies(raw: unknown): Salvaged<SavedFinalMessage[]> | undefined {
  return salvageList(raw, parseCopy);
}

/** The kept copies of a stored value, or undefined when its shape is wrong. */
function parseFinalMessages(raw: unknown): Salvaged<StoredFinalMessages> | undefined {
  if (!isRecord(raw)) return undefined;
  const copies = parseCopies(raw["copies"]);
  return copies && { value: { copies: copies.value }, dropped: copies.dropped };
}

/**
 * `nocontact:final-message` (version 2): `{ state: "open", messages: { copies } }`, or sealed once the
 * reader set the passphrase (lockable-store.ts). Version 1 kept `{ copies }` in the open, beside
 * `version`; it is read as it was.
 */
export const finalMessageSchema: LockableSchema<StoredFinalMessages> = {
  key: storageKeys.finalMessage,
  version: FINAL_MESSAGE_VERSION,
  field: "messages",
  parseData: parseFinalMessages,
  migrate: (raw, fromVersion) => (fromVersion === 1 ? parseFinalMessages(raw) : undefined),
  empty: emptyFinalMessages,
};

/** The copies with one more kept, stamped `now`. */
export function withCopy(stored: StoredFinalMessages, text: string, form: FinalMessageForm, now: Date, id: string): StoredFinalMessages {
  return { copies: [...stored.copies, { id, savedAt: now.toISOString(), text, form }] };
}

/** The copies without the one with this id. */
export function withoutCopy(stored: StoredFinalMessages, id: string): StoredFinalMessages {
  return { copies: stored.copies.filter((copy) => copy.id !== id) };
}
