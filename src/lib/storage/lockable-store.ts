import { browserStorage, type WriteResult } from "./browser-storage";
import type { LockKey, SealedText } from "./lock-crypto";
import { createVersionedStore, isRecord, type ReadResult, type Salvaged, type StoreSchema, type StoreTransaction } from "./versioned-store";

/** A sensitive store's data sealed with the one passphrase. Binary values are base64. */
export type StoredLock = SealedText & { kdf: "PBKDF2-SHA-256"; cipher: "AES-GCM" };

/** What a lockable store holds: its data in the open, or only the sealed data once a passphrase is set. */
export type LockableValue<T> = { state: "open"; data: T } | { state: "locked"; lock: StoredLock };

/** How one sensitive store validates its data; `createLockableStore` adds the open/locked wrapping. */
export interface LockableSchema<T> {
  /** The storage key (from storage-keys.ts; its registry entry says `sensitive: true`). */
  key: string;
  /** The current version written into every value. */
  version: number;
  /**
   * The name the data is stored under beside `state` when open (`{ version, state: "open", answers: [...] }`
   * for reflections); when locked, the same data is what is sealed.
   */
  field: string;
  /** The valid entries of the data (stored open, or opened with the key), or undefined when its shape is wrong. */
  parseData: (raw: unknown) => Salvaged<T> | undefined;
  /** Upgrades an older version's open value to the data, or undefined if it cannot. */
  migrate: (raw: Record<string, unknown>, fromVersion: number) => Salvaged<T> | undefined;
  /** The data when nothing is stored. */
  empty: T;
}

/** Fewer PBKDF2 iterations than this are refused on reading, so tampered data can't weaken the lock. */
export const MIN_LOCK_ITERATIONS = 100_000;
/** More are refused too: unlocking would freeze the page. */
export const MAX_LOCK_ITERATIONS = 10_000_000;
const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

/** A stored lock, or undefined when any part of it is missing, unknown or out of range. */
export function parseStoredLock(raw: unknown): StoredLock | undefined {
  if (!isRecord(raw)) return undefined;
  const { kdf, cipher, iterations, salt, iv, ciphertext } = raw;
  if (kdf !== "PBKDF2-SHA-256" || cipher !== "AES-GCM") return undefined;
  if (typeof iterations !== "number" || !Number.isInteger(iterations) || iterations < MIN_LOCK_ITERATIONS || iterations > MAX_LOCK_ITERATIONS) return undefined;
  for (const value of [salt, iv, ciphertext]) if (typeof value !== "string" || !base64Pattern.test(value)) return undefined;
  return { kdf, cipher, iterations, salt: salt as string, iv: iv as string, ciphertext: ciphertext as string };
}

/** The versioned-store schema for a lockable store: `{ version, state: "open", <field>: data }` or `{ version, state: "locked", lock }`. */
export function lockableStoreSchema<T>(schema: LockableSchema<T>): StoreSchema<LockableValue<T>> {
  return {
    key: schema.key,
    version: schema.version,
    parse: (raw) => {
      if (raw["state"] === "open") {
        const data = schema.parseData(raw[schema.field]);
        return data && { value: { state: "open", data: data.value }, dropped: data.dropped };
      }
      if (raw["state"] === "locked") {
        const lock = parseStoredLock(raw["lock"]);
        return lock && { value: { state: "locked", lock }, dropped: 0 };
      }
      return undefined;
    },
    migrate: (raw, fromVersion) => {
      const data = schema.migrate(raw, fromVersion);
      return data && { value: { state: "open", data: data.value }, dropped: data.dropped };
    },
    toStored: (value) => (value.state === "open" ? { state: "open", [schema.field]: value.data } : value),
  };
}

/** What one sensitive store looks like from this page. */
export type LockableState<T> =
  /**
   * No passphrase is set: the data is readable (`empty` when nothing, or nothing readable, is stored).
   * `damaged`, only when true: some of what is stored could not be read and is left out (set aside on the next write).
   */
  | { status: "open"; value: T; damaged?: true }
  /** A passphrase is set and this page has not been given it. */
  | { status: "locked" }
  /** A passphrase is set and was given on this page; the key lives only in this page's memory. `damaged` as for open. */
  | { status: "unlocked"; value: T; damaged?: true }
  /** Storage is disabled or blocked. */
  | { status: "unavailable" }
  /** A newer version of the site saved it; it is left untouched. */
  | { status: "newer" };

/** A write's outcome: a storage write, or refused because the store is locked or was erased while it waited. */
export type LockWriteResult = WriteResult | { ok: false; reason: "locked" | "erased" };

/** The page's one key holder, as each store sees it (see passphrase-lock.ts). */
export interface PageKey {
  /** The key given on this page, if any. */
  current: () => LockKey | undefined;
  /** Forgets `key` when it no longer opens what is stored (locked again elsewhere with another passphrase). */
  drop: (key: LockKey) => void;
  /** True when a passphrase is set: some sensitive store is stored locked. */
  isSet: () => boolean;
}

type Edit<T> = (data: T) => T;
type Locked<T> = Extract<LockableValue<T>, { state: "locked" }>;

/** A sealed store's data from its opened text: what is valid of it, or `empty`. */
export function parseSealed<T>(schema: LockableSchema<T>, plaintext: string): T {
  try {
    // AES-GCM already proved this is what the site sealed, so damage here is unexpected; keep what is valid.
    return schema.parseData(JSON.parse(plaintext))?.value ?? schema.empty;
  } catch {
    return schema.empty;
  }
}

/** `data` sealed with `key`, as a locked store holds it. */
export function sealData<T>(data: T, key: LockKey): Locked<T> {
  return { state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", ...key.seal(JSON.stringify(data)) } };
}

/**
 * One sensitive store: its data in the open until the reader sets the passphrase, then sealed with the
 * page's key. Sealing is synchronous (lock-crypto.ts), so a change can be written the moment the page is
 * left (`changeNow`) as well as under the key's lock (`change`), which re-reads storage first so that
 * other tabs' changes are kept. Nothing here throws; failures come back as results.
 */
export function createLockableStore<T>(schema: LockableSchema<T>, pageKey: PageKey, storage: () => Storage | undefined = browserStorage) {
  const store = createVersionedStore(lockableStoreSchema(schema), storage);
  // Counts erasures, so that a change that was waiting when everything was erased never writes.
  let erasures = 0;

  /** The data inside a locked value, using `key`; undefined when there is no key or it doesn't fit. */
  const openWith = (locked: Locked<T>, key: LockKey | undefined): T | undefined => {
    if (!key) return undefined;
    const plaintext = key.unseal(locked.lock);
    if (plaintext === undefined) {
      pageKey.drop(key);
      return undefined;
    }
    return parseSealed(schema, plaintext);
  };

  /** The data as stored now, opened with the page's key when locked; "locked" when it can't be opened. */
  const currentData = (found: ReadResult<LockableValue<T>>): T | "locked" => {
    if (found.status !== "ok") return schema.empty;
    if (found.value.state === "open") return found.value.data;
    return openWith(found.value, pageKey.current()) ?? "locked";
  };

  /**
   * Applies `edit` to the data as stored now and writes it: sealed when a passphrase is set (refused
   * without the key), in the open otherwise. Never writes the reader's words in the open while a
   * passphrase is set.
   */
  const apply = (tx: StoreTransaction<LockableValue<T>>, edit: Edit<T>): LockWriteResult => {
    const found = tx.read();
    if (found.status === "newer") return { ok: false, reason: "newer-version" };
    if (found.status === "unavailable") return { ok: false, reason: "unavailable" };
    const data = currentData(found);
    if (data === "locked") return { ok: false, reason: "locked" };
    if (!pageKey.isSet()) return tx.write({ state: "open", data: edit(data) });
    const key = pageKey.current();
    return key ? tx.write(sealData(edit(data), key)) : { ok: false, reason: "locked" };
  };

  return {
    key: schema.key,
    subscribe: store.subscribe,

    load: (): LockableState<T> => {
      const found = store.read();
      if (found.status === "unavailable" || found.status === "newer") return { status: found.status };
      const damaged = found.status === "invalid" || (found.status === "ok" && found.damaged) ? { damaged: true as const } : {};
      if (!pageKey.isSet()) return { status: "open", value: found.status === "ok" && found.value.state === "open" ? found.value.data : schema.empty, ...damaged };
      const data = currentData(found);
      // With a passphrase set, even data stored open (a store added before the lock reached it) waits for the key.
      return data === "locked" || !pageKey.current() ? { status: "locked" } : { status: "unlocked", value: data, ...damaged };
    },

    /** Applies `edit` inside the key's lock, to the data as stored now, whether open or sealed with this page's key. */
    change: (edit: Edit<T>): Promise<LockWriteResult> => {
      const erasuresBefore = erasures;
      return store.transaction((tx) => (erasures !== erasuresBefore ? { ok: false, reason: "erased" } : apply(tx, edit)));
    },

    /** The same as `change`, written at once with nothing to wait for: for the moment the page is left. */
    changeNow: (edit: Edit<T>): LockWriteResult => store.transactionNow((tx) => apply(tx, edit)),

    /** Drops changes waiting for the lock: everything was erased, so nothing may be written back. */
    forgetPending: (): void => {
      erasures++;
    },

    /** Removes the data, locked or not: no passphrase is needed to erase. */
    remove: (): WriteResult => store.remove(),
  };
}

export type LockableStore<T> = ReturnType<typeof createLockableStore<T>>;
