import { browserStorage } from "./browser-storage";
import type { LockKey } from "./lock-crypto";
import { createLockableStore, parseStoredLock, type LockableSchema, type LockableStore, type PageKey, type StoredLock } from "./lockable-store";
import { sensitiveKeys } from "./storage-keys";
import { isRecord } from "./versioned-store";

const lockCrypto = () => import("./lock-crypto");

/** The outcome of trying a passphrase. */
export type UnlockResult = { ok: true } | { ok: false; reason: "wrong-passphrase" | "not-locked" };

/** Whether a passphrase is set, and whether this page has it. */
export type LockStatus = "none" | "locked" | "unlocked";

export interface PassphraseLockOptions {
  storage?: () => Storage | undefined;
  /** The keys of every sensitive store (tests pass their own); by default the registry's, `sensitiveKeys`. */
  keys?: readonly string[];
}

/**
 * The page's one key holder: one passphrase locks every sensitive store, and one unlock on a page opens
 * them all. The derived key lives only in this page's memory (never in sessionStorage or anywhere else),
 * until the page is left or the reader chooses "Lock now". Setting, changing or removing the passphrase
 * is passphrase-change.ts, loaded only by the page that offers it.
 */
export function createPassphraseLock({ storage = browserStorage, keys = sensitiveKeys }: PassphraseLockOptions = {}) {
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

    /** Forgets the key on this page, so the passphrase is needed again. */
    lockNow: (): void => {
      key = undefined;
    },

    /** For passphrase-change.ts: the key given on this page, if any. */
    currentKey: (): LockKey | undefined => key,

    /** For passphrase-change.ts: every stored lock, read now. */
    storedLocks: locks,

    /** For passphrase-change.ts: the key every store was just re-sealed with (undefined: back in the open). */
    replaceKey: (next: LockKey | undefined): void => {
      key = next;
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
