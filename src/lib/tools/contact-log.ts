import { isDay, isTime } from "./local-date-time";

/** How the ex made contact, in the order the form lists them. */
export const contactMethods = ["call", "text", "email", "social-media", "in-person", "via-someone", "other"] as const;

/** One way the ex made contact. */
export type ContactMethod = (typeof contactMethods)[number];

/** Whether the contact was reported to the police. */
export const reportedAnswers = ["no", "yes"] as const;

/** "no" or "yes". */
export type Reported = (typeof reportedAnswers)[number];

/** What the reader typed for one entry, before it is checked. Every field is the form's own text. */
export interface ContactEntryFields {
  /** The day of the contact, YYYY-MM-DD. */
  date: string;
  /** The time of the contact, HH:MM, or "" when the reader doesn't know it. */
  time: string;
  /** How contact was made: one of `contactMethods`, or "" before one is chosen. */
  method: ContactMethod | "";
  /** What happened, in the reader's words. */
  what: string;
  /** Who saw or heard it; may be "". */
  witnesses: string;
  /** What evidence is kept (screenshot, voicemail…) and where; may be "". */
  evidence: string;
  /** Whether it was reported to the police. */
  reported: Reported;
  /** The police reference (crime or incident number); may be "". */
  policeReference: string;
  /** The officer's name or number; may be "". */
  officer: string;
}

/** One entry in the log, as stored. */
export interface ContactEntry extends ContactEntryFields {
  /** Tells entries apart (for editing and deleting); random, meaningless. */
  id: string;
  /** The method, once checked. */
  method: ContactMethod;
  /** When the entry was first written, ISO 8601: orders entries with the same date and time. */
  createdAt: string;
  /** When it was last changed, ISO 8601. */
  updatedAt: string;
}

/** The longest "what happened" kept: a long account fits; a pasted book does not fill the reader's storage. */
export const MAX_WHAT = 5000;
/** The longest of the short fields (witnesses, evidence, reference, officer). */
export const MAX_SHORT = 500;

/** The fields the form checks, each with the one problem it can show. */
export type EntryProblem =
  | { field: "date"; code: "missing" | "invalid" | "future" }
  | { field: "time"; code: "invalid" }
  | { field: "method"; code: "missing" }
  | { field: "what"; code: "missing" | "too-long" }
  | { field: "witnesses" | "evidence" | "policeReference" | "officer"; code: "too-long" };

/** A new, empty form for a contact on `today` (YYYY-MM-DD). */
export function emptyEntryFields(today: string): ContactEntryFields {
  return { date: today, time: "", method: "", what: "", witnesses: "", evidence: "", reported: "no", policeReference: "", officer: "" };
}

/**
 * The problems in a form, in the form's order; none when it can be saved. `today` (YYYY-MM-DD, the
 * reader's own day) refuses a date in the future, which can only be a slip of the keyboard.
 */
export function checkEntry(fields: ContactEntryFields, today: string): EntryProblem[] {
  const problems: EntryProblem[] = [];
  if (fields.date.trim() === "") problems.push({ field: "date", code: "missing" });
  else if (!isDay(fields.date)) problems.push({ field: "date", code: "invalid" });
  else if (fields.date > today) problems.push({ field: "date", code: "future" });
  if (fields.time !== "" && !isTime(fields.time)) problems.push({ field: "time", code: "invalid" });
  if (!contactMethods.includes(fields.method as ContactMethod)) problems.push({ field: "method", code: "missing" });
  if (fields.what.trim() === "") problems.push({ field: "what", code: "missing" });
  else if (fields.what.length > MAX_WHAT) problems.push({ field: "what", code: "too-long" });
  for (const field of ["witnesses", "evidence", "policeReference", "officer"] as const) {
    if (fields[field].length > MAX_SHORT) problems.push({ field, code: "too-long" });
  }
  return problems;
}

/** Chronological order: by date, then time (an entry without a time first in its day), then when it was written. */
export function compareEntries(a: ContactEntry, b: ContactEntry): number {
  return a.date.localeCompare(b.date) || a.time.localeCompare(b.time) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** The entries in chronological order (a new list). */
export function sortEntries(entries: readonly ContactEntry[]): ContactEntry[] {
  return [...entries].sort(compareEntries);
}

/** The entries from `from` to `to` inclusive (YYYY-MM-DD, either "" for no limit), in chronological order. */
export function entriesBetween(entries: readonly ContactEntry[], from: string, to: string): ContactEntry[] {
  return sortEntries(entries).filter((entry) => (from === "" || entry.date >= from) && (to === "" || entry.date <= to));
}

/** The first and last day in the log, for the print range's defaults; undefined for an empty log. */
export function dateSpan(entries: readonly ContactEntry[]): { from: string; to: string } | undefined {
  const sorted = sortEntries(entries);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  return first && last ? { from: first.date, to: last.date } : undefined;
}

/** The log with a new entry (when `id` is new) or one entry replaced, stamped `now`. Call only with checked fields. */
export function withEntry(entries: readonly ContactEntry[], id: string, fields: ContactEntryFields, now: Date): ContactEntry[] {
  const method = fields.method as ContactMethod;
  const existing = entries.find((entry) => entry.id === id);
  const stamp = now.toISOString();
  const entry: ContactEntry = { ...fields, method, id, createdAt: existing?.createdAt ?? stamp, updatedAt: stamp };
  return sortEntries([...entries.filter((other) => other.id !== id), entry]);
}

/** The log without the entry with this id. */
export function withoutEntry(entries: readonly ContactEntry[], id: string): ContactEntry[] {
  return entries.filter((entry) => entry.id !== id);
}

/** The form's fields for editing an entry. */
export function fieldsOf(entry: ContactEntry): ContactEntryFields {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = entry;
  return fields;
}

/** The columns of the exported CSV, in order: every field of an entry. */
export const csvColumns = ["date", "time", "method", "what", "witnesses", "evidence", "reported", "policeReference", "officer"] as const;

/** The words the CSV uses, from the catalogue: column headings and the names of methods and answers. */
export interface ContactLogLabels {
  headings: Readonly<Record<(typeof csvColumns)[number], string>>;
  methods: Readonly<Record<ContactMethod, string>>;
  reported: Readonly<Record<Reported, string>>;
}

/** The log as spreadsheet rows, headings first, entries in chronological order; cells are plain text (see csv.ts). */
export function contactLogRows(entries: readonly ContactEntry[], labels: ContactLogLabels): string[][] {
  const rows = sortEntries(entries).map((entry) =>
    csvColumns.map((column) => {
      if (column === "method") return labels.methods[entry.method];
      if (column === "reported") return labels.reported[entry.reported];
      return entry[column];
    }),
  );
  return [csvColumns.map((column) => labels.headings[column]), ...rows];
}

/** A file name for the export that does not say what is inside, for downloads someone else might see. */
export function logFileName(now: Date): string {
  return `records-${now.toLocaleDateString("en-CA")}.csv`;
}
