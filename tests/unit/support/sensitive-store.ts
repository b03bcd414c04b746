import { MIN_LOCK_ITERATIONS, type LockableSchema } from "../../../src/lib/storage/lockable-store";
import { createPassphraseChange } from "../../../src/lib/storage/passphrase-change";
import { createPassphraseLock } from "../../../src/lib/storage/passphrase-lock";

/** One page's key holder over `storage` (every sensitive store), setting the passphrase on it, and the store for `schema` through it. */
export function sensitiveStore<T>(schema: LockableSchema<T>, storage: () => Storage | undefined) {
  const lock = createPassphraseLock({ storage });
  return { lock, change: createPassphraseChange(lock, { storage, iterations: MIN_LOCK_ITERATIONS }), store: lock.store(schema) };
}
