import { storageKeys } from "./storage-keys";
import { isRecord, salvageList, type Salvaged } from "./versioned-store";
import type { LockableSchema } from "./lockable-store";
import { contactMethods, reportedAnswers, type ContactEntry, type ContactMethod, type Reported } from "../tools/contact-log";
import { isDay, isTime } from "../tools/local-date-time";

/** The reader's contact log: every entry, in chronological order. */
export interface StoredContactLog {
  entries: ContactEntry[];
}

export const emptyContactLog: StoredContactLog = { entries: [] };

const CONTACT_LOG_VERSION = 2;
const textFields = ["what", "witnesses", "evidence", "policeReference", "officer"] as const;
const isTimestamp = (value: unknown): value is string => typeof value === "string" && !Number.isNaN(Date.parse(value));

/**
 * One stored entry, or undefined when it can't be trusted. Lengths are not limited here: words the
 * reader saved are never dropped for being long, only the form refuses new over-long text.
 */
function parseEntry(raw: unknown): ContactEntry | undefined {
  if (!isRecord(raw)) return undefined;
  const { id, date, time, method, reported, createdAt, updatedAt } = raw;
  if (typeof id !== "string" || id === "" || typeof date !== "string" || !isDay(date)) return undefined;
  if (typeof time !== "string" || (time !== "" && !isTime(time))) return undefined;
  if (!contactMethods.includes(method as ContactMethod) || !reportedAnswers.includes(reported as Reported)) return undefined;
  if (!isTimestamp(createdAt) || !isTimestamp(updatedAt)) return undefined;
  const texts: Partial<Record<(typeof textFields)[number], string>> = {};
  for (const field of textFields) {
    const value = raw[field];
    if (typeof value !== "string") return undefined;
    texts[field] = value;
  }
  return {
    id,
    date,
    time,
    method: method as ContactMethod,
    reported: reported as Reported,
    what: texts.what ?? "",
    witnesses: texts.witnesses ?? "",
    evidence: texts.evidence ?? "",
    policeReference: texts.policeReference ?? "",
    officer: texts.officer ?? "",
    createdAt,
    updatedAt,
  };
}

/** The valid entries in a stored list, or undefined if it is not a list: one damaged entry never takes the others with it. */
export function parseEntries(raw: unknown): Salvaged<ContactEntry[]> | undefined {
  return salvageList(raw, parseEntry);
}

/** The valid entries of a stored value, or undefined when its shape is wrong. */
function parseContactLog(raw: unknown): Salvaged<StoredContactLog> | undefined {
  if (!isRecord(raw)) return undefined;
  const entries = parseEntries(raw["entries"]);
  return entries && { value: { entries: entries.value }, dropped: entries.dropped };
}

/**
 * `nocontact:contact-log` (version 2): `{ state: "open", log: { entries } }`, or sealed once the reader
 * set the passphrase (lockable-store.ts). Version 1 kept `{ entries }` in the open, beside `version`;
 * it is read as it was.
 */
export const contactLogSchema: LockableSchema<StoredContactLog> = {
  key: storageKeys.contactLog,
  version: CONTACT_LOG_VERSION,
  field: "log",
  parseData: parseContactLog,
  migrate: (raw, fromVersion) => (fromVersion === 1 ? parseContactLog(raw) : undefined),
  empty: emptyContactLog,
};
