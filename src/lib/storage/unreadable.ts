import { failureOf, type WriteResult } from "./browser-storage";
import { unreadableKey } from "./storage-keys";
import { isRecord } from "./json-shape";
import { fill } from "../../i18n/catalogue";

/** One value that could not be read, kept exactly as it was found. */
export interface SetAsideValue {
  /** When it was set aside, as an ISO 8601 timestamp. */
  setAsideAt: string;
  /** The stored text, untouched (it may not even be JSON). */
  text: string;
}

/** What is stored under `nocontact:unreadable:<store>` (version 1). */
export interface UnreadableRecord {
  /** The key the values were found under. */
  store: string;
  /** True once the reader has been told about the latest value set aside. */
  told: boolean;
  /** Every value set aside, oldest first; a value is never set aside twice. */
  values: SetAsideValue[];
}

const UNREADABLE_VERSION = 1;

/** Event fired on this page when something is set aside or the record changes. */
export const unreadableChangeEvent = "nocontact:unreadable-change";

function parseRecord(text: string | null, store: string): UnreadableRecord | undefined {
  if (text === null) return undefined;
  try {
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw) || raw["version"] !== UNREADABLE_VERSION || !Array.isArray(raw["values"])) throw new Error("not a record");
    const values = raw["values"].filter(
      (value): value is SetAsideValue => isRecord(value) && typeof value["setAsideAt"] === "string" && typeof value["text"] === "string",
    );
    return { store, told: raw["told"] === true, values: values.map(({ setAsideAt, text }) => ({ setAsideAt, text })) };
  } catch {
    // Even the quarantine can be damaged by hand; keep what is there as one more value rather than lose it.
    return { store, told: false, values: [{ setAsideAt: new Date(0).toISOString(), text }] };
  }
}

/** The values set aside for one store, if any. Never throws. */
export function readUnreadable(storage: Storage, store: string): UnreadableRecord | undefined {
  try {
    return parseRecord(storage.getItem(unreadableKey(store)), store);
  } catch {
    return undefined;
  }
}

function writeRecord(storage: Storage, record: UnreadableRecord): WriteResult {
  try {
    storage.setItem(unreadableKey(record.store), JSON.stringify({ version: UNREADABLE_VERSION, ...record }));
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
  globalThis.dispatchEvent?.(new CustomEvent(unreadableChangeEvent));
  return { ok: true };
}

/**
 * Keeps `text` (what was under `store`) under the store's quarantine key before it is written over.
 * When this fails the caller must not write: the unreadable value is then still where it was.
 */
export function setAside(storage: Storage, store: string, text: string, now = new Date()): WriteResult {
  const record = readUnreadable(storage, store) ?? { store, told: false, values: [] };
  if (record.values.some((value) => value.text === text)) return { ok: true };
  return writeRecord(storage, { store, told: false, values: [...record.values, { setAsideAt: now.toISOString(), text }] });
}

/** The stores among `stores` (keys, in the registry's order) with values set aside. */
export function listUnreadable(storage: Storage, stores: readonly string[]): UnreadableRecord[] {
  return stores.flatMap((key) => readUnreadable(storage, key) ?? []);
}

/** Records that the reader has been told, so the notice is shown once. */
export function markTold(storage: Storage, store: string): WriteResult {
  const record = readUnreadable(storage, store);
  return record && !record.told ? writeRecord(storage, { ...record, told: true }) : { ok: true };
}

/** Removes what was set aside for one store. */
export function eraseUnreadable(storage: Storage, store: string): WriteResult {
  try {
    storage.removeItem(unreadableKey(store));
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
  globalThis.dispatchEvent?.(new CustomEvent(unreadableChangeEvent));
  return { ok: true };
}

/**
 * The set-aside values as a plain text file the reader can keep or show someone who can help. The
 * words around them are the caller's catalogue templates: `title` with `{key}`, `entry` with `{time}`.
 */
export function unreadableAsText(record: UnreadableRecord, words: { title: string; entry: string }): string {
  const parts = record.values.map((value) => `${fill(words.entry, { time: value.setAsideAt })}\n${value.text}\n`);
  return `${fill(words.title, { key: record.store })}\n\n${parts.join("\n")}`;
}
