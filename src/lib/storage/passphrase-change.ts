import { browserStorage } from "./browser-storage";
import type { LockKey } from "./lock-crypto";
import { lockableStoreSchema, parseSealed, sealData, type LockableSchema, type LockWriteResult } from "./lockable-store";
import type { PassphraseLock } from "./passphrase-lock";
import { lockableSchemas } from "./sensitive-stores";
import { createVersionedStore } from "./versioned-store";

// The crypto code is one chunk, loaded only when a passphrase is set or given.
const lockCrypto = () => import("./lock-crypto");

export interface PassphraseChangeOptions {
  storage?: () => Storage | undefined;
  /** Every sensitive store's schema (tests pass their own); by default the registry's, from sensitive-stores.ts. */
  schemas?: readonly LockableSchema<unknown>[];
  /** PBKDF2 iterations for a new passphrase (tests pass the lowest allowed, to stay quick). */
  iterations?: number;
}

/**
 * Setting, changing and removing the one passphrase: every sensitive store is re-read inside its key's
 * lock and written sealed with the new key (or in the open), so a change another tab made meanwhile is
 * sealed too, never lost. Apart from the page's key holder because it needs every store's schema: only
 * the page that offers it loads the tools' code.
 */
export function createPassphraseChange(lock: PassphraseLock, { storage = browserStorage, schemas = lockableSchemas, iterations }: PassphraseChangeOptions = {}) {
  /** Writes one store's data sealed with `to`, or in the open; locked data must open with `from`. An empty store stays empty unless `always`. */
  const reseal = <T>(schema: LockableSchema<T>, from: LockKey | undefined, to: LockKey | undefined, always: boolean): Promise<LockWriteResult> =>
    createVersionedStore(lockableStoreSchema(schema), storage).transaction((tx): LockWriteResult => {
      const found = tx.read();
      if (found.status === "unavailable") return { ok: false, reason: "unavailable" };
      if (found.status === "newer") return { ok: false, reason: "newer-version" };
      if (found.status === "empty" && !always) return { ok: true };
      let data = found.status === "ok" && found.value.state === "open" ? found.value.data : schema.empty;
      if (found.status === "ok" && found.value.state === "locked") {
        const plaintext = from?.unseal(found.value.lock);
        if (plaintext === undefined) return { ok: false, reason: "locked" };
        data = parseSealed(schema, plaintext);
      }
      return tx.write(to ? sealData(data, to) : { state: "open", data });
    });

  /** Re-seals every store from the page's key to `to`, after checking each opens, so a passphrase never ends up half changed. */
  const resealAll = async (to: LockKey | undefined, from?: string): Promise<LockWriteResult> => {
    const current = lock.currentKey();
    for (const stored of lock.storedLocks()) if (current?.unseal(stored) === undefined) return { ok: false, reason: "locked" };
    for (const schema of schemas) {
      const result = await reseal(schema, current, to, schema.key === from);
      if (!result.ok) return result;
    }
    lock.replaceKey(to);
    return { ok: true };
  };

  return {
    /**
     * Sets the passphrase, or changes it when this page has the current one. The slow key derivation
     * happens first. `from` is the store the reader set it from: it is sealed even when empty, so the
     * passphrase is set. This page stays unlocked.
     */
    setPassphrase: async (passphrase: string, from: string): Promise<LockWriteResult> => resealAll(await (await lockCrypto()).createLockKey(passphrase, iterations), from),

    /** Stores every sensitive store in the open again; only possible while unlocked on this page. */
    removePassphrase: (): Promise<LockWriteResult> => (lock.storedLocks().length === 0 ? Promise.resolve({ ok: false, reason: "failed" }) : resealAll(undefined)),
  };
}

export type PassphraseChange = ReturnType<typeof createPassphraseChange>;
