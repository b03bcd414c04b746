import { browserStorage } from "./browser-storage";
import type { LockKey } from "./lock-crypto";
import { createLockableStore, parseStoredLock, type LockableSchema, type LockableStore, type LockWriteResult, type PageKey, type StoredLock } from "./lockable-store";
import { sensitiveKeys } from "./storage-keys";
import { isRecord } from "./versioned-store";

const lockCrypto = () => import("./lock-crypto");

/** The outcome of trying a passphrase. */
export type UnlockResult = { ok: true } | { ok: false; reason: "wrong-passphrase" | "not-locked" };

/** Whether a passphrase is set, and whether this page has it. */
export type LockStatus = "none" | "locked" | "unlocked";

export interface PassphraseLockOptions {
  storage?: () => Storage | undefined;
  /**
   * Every sensitive store's schema (tests pass their own). By default the registry's, from
   * sensitive-stores.ts, loaded only when the passphrase is set, changed or removed.
   */
  schemas?: readonly LockableSchema<unknown>[];
  /** PBKDF2 iterations for a new passphrase (tests pass the lowest allowed, to stay quick). */
  iterations?: number;
}

/**
 * The page's one key holder: one passphrase locks every sensitive store, and one unlock on a page opens
 * them all. The derived key lives only in this page's memory (never in sessionStorage or anywhere else),
 * until the page is left or the reader chooses "Lock now". Setting, changing or removing the passphrase
 * re-seals every sensitive store, each under its own key's lock.
 */
export function createPassphraseLock({ storage = browserStorage, schemas, iterations }: PassphraseLockOptions = {}) {
  const keys = schemas ? schemas.map((schema) => schema.key) : sensitiveKeys;
  const allSchemas = async () => schemas ?? (await import("./sensitive-stores")).lockableSchemas;
  let key: LockKey | undefined;
  const stores = new Map<string, LockableStore<unknown>>();

  const pageKey: PageKey = {
    current: () => key,
    drop: (stale) => {
      if (key === stale) key = undefined;
    },
    isSet: () => locks().length > 0,
  };

  function store<T>(schema: LockableSchema<T>): LockableStore<T> {
    const found = stores.get(schema.key);
    if (found) return found as LockableStore<T>;
    const created = createLockableStore(schema, pageKey, storage);
    stores.set(schema.key, created as LockableStore<unknown>);
    return created;
  }

  /** The lock stored under `key`, read without the store's schema (so that pages that only need to know stay light). */
  const storedLock = (key: string): StoredLock | undefined => {
    try {
      const raw: unknown = JSON.parse(storage()?.getItem(key) ?? "null");
      return isRecord(raw) && raw["state"] === "locked" ? parseStoredLock(raw["lock"]) : undefined;
    } catch {
      return undefined;
    }
  };
  const locks = () => keys.flatMap((key) => storedLock(key) ?? []);

  /** Re-seals every store from the current key to `to` (undefined: back in the open), after checking each opens. */
  const resealAll = async (to: LockKey | undefined, from?: string): Promise<LockWriteResult> => {
    const { unseal } = await lockCrypto();
    // Check first that the page's key opens every locked store, so a passphrase never ends up half changed.
    for (const lock of locks()) if (!key || (await unseal(lock, key)) === undefined) return { ok: false, reason: "locked" };
    for (const each of (await allSchemas()).map((schema) => store(schema))) {
      const result = await each.reseal(key, to, each.key === from);
      if (!result.ok) return result;
    }
    key = to;
    return { ok: true };
  };

  return {
    store,

    status: (): LockStatus => (locks().length === 0 ? "none" : key ? "unlocked" : "locked"),

    /** Tries a passphrase against the stored lock; the key it gives opens every sensitive store. A wrong one changes nothing. */
    unlock: async (passphrase: string): Promise<UnlockResult> => {
      const [lock] = locks();
      if (!lock) return { ok: false, reason: "not-locked" };
      const opened = await (await lockCrypto()).unsealWithPassphrase(lock, passphrase);
      if (!opened) return { ok: false, reason: "wrong-passphrase" };
      key = opened.lockKey;
      return { ok: true };
    },

    /**
     * Sets the passphrase, or changes it when this page has the current one. The slow key derivation
     * happens first; then each store is re-read inside its lock and sealed, so a change another tab made
     * meanwhile is sealed too, never lost. `from` is the store the reader set it from: it is sealed even
     * when empty, so the passphrase is set. This page stays unlocked.
     */
    setPassphrase: async (passphrase: string, from: string): Promise<LockWriteResult> => {
      const next = await (await lockCrypto()).createLockKey(passphrase, iterations);
      return resealAll(next, from);
    },

    /** Stores every sensitive store in the open again; only possible while unlocked on this page. */
    removePassphrase: (): Promise<LockWriteResult> => (locks().length === 0 ? Promise.resolve({ ok: false, reason: "failed" }) : resealAll(undefined)),

    /** Forgets the key on this page, so the passphrase is needed again. */
    lockNow: (): void => {
      key = undefined;
      for (const each of stores.values()) each.forgetPrepared();
    },
  };
}

export type PassphraseLock = ReturnType<typeof createPassphraseLock>;

let pageLock: PassphraseLock | undefined;

/** The one key holder for this page, shared by every component and island on it. */
export function pagePassphraseLock(): PassphraseLock {
  pageLock ??= createPassphraseLock();
  return pageLock;
}
