import { browserStorage, type WriteResult } from "./browser-storage";
import type { LockKey, SealedText } from "./lock-crypto";
import { createVersionedStore, isRecord, type ReadResult, type Salvaged, type StoreSchema, type StoreTransaction } from "./versioned-store";

// The crypto code loads only when a lock is set or opened, keeping lesson pages light for everyone else.
const lockCrypto = () => import("./lock-crypto");

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
export async function sealData<T>(data: T, key: LockKey): Promise<Extract<LockableValue<T>, { state: "locked" }>> {
  const sealed = await (await lockCrypto()).seal(JSON.stringify(data), key);
  return { state: "locked", lock: { kdf: "PBKDF2-SHA-256", cipher: "AES-GCM", ...sealed } };
}

/**
 * One sensitive store: its data in the open until the reader sets the passphrase, then sealed with the
 * page's key. Every change runs under the key's lock and re-reads storage inside it, so other tabs'
 * changes are kept. `prepare` seals a pending change ahead of time so that `changeNow` (leaving the page)
 * can write without waiting. Nothing here throws; failures come back as results.
 */
export function createLockableStore<T>(schema: LockableSchema<T>, pageKey: PageKey, storage: () => Storage | undefined = browserStorage) {
  const store = createVersionedStore(lockableStoreSchema(schema), storage);
  type Locked = Extract<LockableValue<T>, { state: "locked" }>;
  // The pending change sealed ahead of time, and the stored text it was made from.
  let prepared: { base: string | null; value: Locked } | undefined;
  let preparedVersion = 0;
  let sealedVersion = 0;
  // The data last opened for sealing, by the stored text it came from, so each keystroke costs one encryption.
  let opened: { base: string | null; data: T } | undefined;
  // Counts erasures, so that a change that was waiting when everything was erased never writes.
  let erasures = 0;

  /** The data inside a locked value, using `key`; undefined when there is no key or it doesn't fit. */
  const openWith = async (locked: Locked, key: LockKey | undefined): Promise<T | undefined> => {
    if (!key) return undefined;
    const plaintext = await (await lockCrypto()).unseal(locked.lock, key);
    if (plaintext === undefined) {
      pageKey.drop(key);
      return undefined;
    }
    return parseSealed(schema, plaintext);
  };

  /** The data as stored now, opened with the page's key when locked; "locked" when it can't be opened. */
  const currentData = async (found: ReadResult<LockableValue<T>>): Promise<T | "locked"> => {
    if (found.status !== "ok") return schema.empty;
    if (found.value.state === "open") return found.value.data;
    return (await openWith(found.value, pageKey.current())) ?? "locked";
  };

  /** Writes `data` sealed when a passphrase is set (refused without the key), in the open otherwise. */
  const writeData = async (tx: StoreTransaction<LockableValue<T>>, data: T): Promise<LockWriteResult> => {
    if (!pageKey.isSet()) return tx.write({ state: "open", data });
    const key = pageKey.current();
    return key ? tx.write(await sealData(data, key)) : { ok: false, reason: "locked" };
  };

  const change = (edit: Edit<T>): Promise<LockWriteResult> => {
    const erasuresBefore = erasures;
    return store.transaction(async (tx): Promise<LockWriteResult> => {
      if (erasures !== erasuresBefore) return { ok: false, reason: "erased" };
      const found = tx.read();
      if (found.status === "newer") return { ok: false, reason: "newer-version" };
      if (found.status === "unavailable") return { ok: false, reason: "unavailable" };
      const data = await currentData(found);
      return data === "locked" ? { ok: false, reason: "locked" } : writeData(tx, edit(data));
    });
  };

  return {
    key: schema.key,
    subscribe: store.subscribe,

    load: async (): Promise<LockableState<T>> => {
      const found = store.read();
      if (found.status === "unavailable" || found.status === "newer") return { status: found.status };
      const damaged = found.status === "invalid" || (found.status === "ok" && found.damaged) ? { damaged: true as const } : {};
      if (!pageKey.isSet()) return { status: "open", value: found.status === "ok" && found.value.state === "open" ? found.value.data : schema.empty, ...damaged };
      const data = await currentData(found);
      // With a passphrase set, even data stored open (a store added before the lock reached it) waits for the key.
      return data === "locked" || !pageKey.current() ? { status: "locked" } : { status: "unlocked", value: data, ...damaged };
    },

    /** Applies `edit` inside the lock, to the data as stored now, whether open or sealed with this page's key. */
    change,

    /** Seals `edit` applied to what is stored now, ahead of time, so that leaving the page only has to write. */
    prepare: async (edit: Edit<T>): Promise<void> => {
      const version = ++preparedVersion;
      const key = pageKey.current();
      const base = store.transactionNow((tx) => tx.text());
      const found = store.read();
      if (!key || found.status !== "ok" || found.value.state !== "locked") return;
      let source = opened;
      if (source?.base !== base) {
        const data = await openWith(found.value, key);
        if (data === undefined) return;
        source = opened = { base, data };
      }
      const sealed = await sealData(edit(source.data), key);
      // Keep the newest copy sealed so far: a slower, older one never replaces it.
      if (version > sealedVersion) {
        sealedVersion = version;
        prepared = { base: source.base, value: sealed };
      }
    },

    /**
     * Writes `edit` at once, with nothing left to wait for: for the moment the page is left. Open data is
     * changed directly; locked data uses the copy `prepare` sealed, and only if nothing was stored since it
     * was sealed (otherwise another tab's words would be lost). Never writes the reader's words in the open
     * while a passphrase is set.
     */
    changeNow: (edit: Edit<T>): LockWriteResult =>
      store.transactionNow((tx): LockWriteResult => {
        const base = tx.text();
        const found = tx.read();
        if (found.status === "newer") return { ok: false, reason: "newer-version" };
        if (found.status === "unavailable") return { ok: false, reason: "unavailable" };
        if (pageKey.isSet()) return prepared && prepared.base === base ? tx.write(prepared.value) : { ok: false, reason: "locked" };
        return tx.write({ state: "open", data: edit(found.status === "ok" && found.value.state === "open" ? found.value.data : schema.empty) });
      }),

    /** Drops the copy sealed ahead of time (nothing is pending, or the key was put away). */
    forgetPrepared: (): void => {
      prepared = undefined;
      preparedVersion++;
    },

    /** Drops prepared copies and changes waiting for the lock: everything was erased, so nothing may be written back. */
    forgetPending: (): void => {
      erasures++;
      prepared = undefined;
      preparedVersion++;
    },

    /** Removes the data, locked or not: no passphrase is needed to erase. */
    remove: (): WriteResult => store.remove(),
  };
}

export type LockableStore<T> = ReturnType<typeof createLockableStore<T>>;
