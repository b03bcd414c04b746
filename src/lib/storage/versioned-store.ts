import { browserStorage, failureOf, type WriteResult } from "./browser-storage";
import { isRecord } from "./json-shape";
import { catchUp, markWritten, withKeyLock } from "./key-lock";
import { setAside } from "./unreadable";
import { unreadableKey } from "./storage-keys";

export { isRecord, salvageList, slugPattern } from "./json-shape";

/** What reading a key found. Reads never throw. */
export type ReadResult<T> =
  /** `damaged` is true when some entries were invalid and dropped: the rest are all here. */
  | { status: "ok"; value: T; damaged: boolean }
  /** Nothing stored yet. */
  | { status: "empty" }
  /** Something is stored but nothing in it can be read (not JSON, or a wrong shape). */
  | { status: "invalid" }
  /** A newer version of the site stored this; it is left untouched. */
  | { status: "newer" }
  /** Storage is disabled or blocked. */
  | { status: "unavailable" };

/** A value read entry by entry: the valid entries, and how many invalid ones were dropped. */
export interface Salvaged<T> {
  value: T;
  dropped: number;
}

/** How one store validates and upgrades its JSON. */
export interface StoreSchema<T> {
  /** The storage key (from storage-keys.ts). */
  key: string;
  /** The current version written into every value. */
  version: number;
  /** The valid entries of a current-version value (`{ version, ...data }`), or undefined when its shape is wrong. */
  parse: (raw: Record<string, unknown>) => Salvaged<T> | undefined;
  /** Upgrades a value from an older version, or undefined if it cannot. */
  migrate: (raw: Record<string, unknown>, fromVersion: number) => Salvaged<T> | undefined;
  /** The JSON object written for a value (without `version`), when it differs from the value itself. */
  toStored?: (value: T) => object;
}

/** Reading and writing one key inside a transaction: the write only happens if nothing changed since the read. */
export interface StoreTransaction<T> {
  read: () => ReadResult<T>;
  /** The stored text exactly as it is now (null when empty or unreadable storage), to compare against later. */
  text: () => string | null;
  write: (value: T) => WriteResult;
}

/** A store for one `nocontact:` key holding versioned JSON: validated on read, never throwing on write. */
export interface VersionedStore<T> {
  key: string;
  read: () => ReadResult<T>;
  /**
   * Runs `task` holding this key's lock (Web Locks, so other tabs wait). If the stored value changed
   * between the task's read and its write (a tab without Web Locks, or a write on leaving a page),
   * the write is refused and the task runs again on the fresh value, so changes merge entry by entry.
   */
  transaction: <R>(task: (tx: StoreTransaction<T>) => Promise<R> | R) => Promise<R>;
  /** The same steps without waiting for the lock, for the moment a page is left and nothing async can finish. */
  transactionNow: <R>(task: (tx: StoreTransaction<T>) => R) => R;
  /** Applies `change` to what is stored now, or to `empty` when nothing valid is, and writes the result. */
  update: (change: (current: T) => T, empty: T) => Promise<WriteResult>;
  /** Removes the value and anything of it set aside as unreadable: the reader asked to erase this store. */
  remove: () => WriteResult;
  /** Calls `listener` when this key changes in another tab or through another store on this page. */
  subscribe: (listener: () => void) => () => void;
}

const sameTabEvent = "nocontact:store-change";
const MAX_ATTEMPTS = 5;

/** Creates a store. `storage` is injectable so tests can pass a full, throwing or missing storage. */
export function createVersionedStore<T>(schema: StoreSchema<T>, storage: () => Storage | undefined = browserStorage): VersionedStore<T> {
  // Only the page's real localStorage is shared with other tabs (tests pass their own storage).
  const shared = storage === browserStorage;

  /** The stored text, or "unavailable" when storage is blocked. */
  const readText = (): string | null | "unavailable" => {
    const target = storage();
    if (!target) return "unavailable";
    try {
      return target.getItem(schema.key);
    } catch {
      return "unavailable";
    }
  };

  const parseText = (text: string | null | "unavailable"): ReadResult<T> => {
    if (text === "unavailable") return { status: "unavailable" };
    if (text === null) return { status: "empty" };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { status: "invalid" };
    }
    if (!isRecord(raw) || typeof raw["version"] !== "number") return { status: "invalid" };
    const version = raw["version"];
    if (version > schema.version) return { status: "newer" };
    const salvaged = version === schema.version ? schema.parse(raw) : schema.migrate(raw, version);
    return salvaged ? { status: "ok", value: salvaged.value, damaged: salvaged.dropped > 0 } : { status: "invalid" };
  };

  const notify = () => globalThis.dispatchEvent?.(new CustomEvent(sameTabEvent, { detail: schema.key }));

  /** Writes `value`, first setting aside anything stored that could not be read in full. */
  const writeOver = (found: ReadResult<T>, text: string | null | "unavailable", value: T): WriteResult => {
    // Never overwrite what a newer version of the site saved: the reader may go back to it.
    if (found.status === "newer") return { ok: false, reason: "newer-version" };
    const target = storage();
    if (!target || text === "unavailable") return { ok: false, reason: "unavailable" };
    if (text !== null && (found.status === "invalid" || (found.status === "ok" && found.damaged))) {
      const kept = setAside(target, schema.key, text);
      if (!kept.ok) return kept;
    }
    const written = JSON.stringify({ ...(schema.toStored ? schema.toStored(value) : value), version: schema.version });
    try {
      target.setItem(schema.key, written);
    } catch (error) {
      return { ok: false, reason: failureOf(error) };
    }
    if (shared) markWritten(schema.key, written);
    notify();
    return { ok: true };
  };

  /** One run of a task: `conflicted` says its write was refused because the value changed after it read. */
  const attempt = <Out>(task: (tx: StoreTransaction<T>) => Out) => {
    let seen: string | null | "unavailable" = readText();
    let conflicted = false;
    const tx: StoreTransaction<T> = {
      read: () => {
        seen = readText();
        return parseText(seen);
      },
      text: () => {
        seen = readText();
        return seen === "unavailable" ? null : seen;
      },
      write: (value) => {
        const now = readText();
        if (now !== seen) {
          conflicted = true;
          return { ok: false, reason: "failed" };
        }
        return writeOver(parseText(now), now, value);
      },
    };
    return { result: task(tx), conflicted: () => conflicted };
  };

  const transaction = <R>(task: (tx: StoreTransaction<T>) => Promise<R> | R): Promise<R> =>
    withKeyLock(schema.key, async () => {
      // Another tab's last write may not have reached this tab's copy of localStorage yet.
      if (shared) await catchUp(schema.key, () => (storage() ? storage()?.getItem(schema.key) ?? null : null));
      for (let tries = 1; ; tries++) {
        const run = attempt(task);
        const result = await run.result;
        if (!run.conflicted() || tries === MAX_ATTEMPTS) return result;
      }
    });

  return {
    key: schema.key,
    read: () => parseText(readText()),
    transaction,
    transactionNow: (task) => attempt(task).result,
    update: (change, empty) =>
      transaction((tx) => {
        const found = tx.read();
        if (found.status === "newer") return { ok: false, reason: "newer-version" } as const;
        if (found.status === "unavailable") return { ok: false, reason: "unavailable" } as const;
        return tx.write(change(found.status === "ok" ? found.value : empty));
      }),
    remove: () => {
      const target = storage();
      if (!target) return { ok: false, reason: "unavailable" };
      try {
        target.removeItem(schema.key);
        target.removeItem(unreadableKey(schema.key));
      } catch (error) {
        return { ok: false, reason: failureOf(error) };
      }
      if (shared) markWritten(schema.key, null);
      notify();
      return { ok: true };
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === schema.key || event.key === null) listener();
      };
      const onSameTab = (event: Event) => {
        if ((event as CustomEvent<string>).detail === schema.key) listener();
      };
      addEventListener("storage", onStorage);
      addEventListener(sameTabEvent, onSameTab);
      return () => {
        removeEventListener("storage", onStorage);
        removeEventListener(sameTabEvent, onSameTab);
      };
    },
  };
}
