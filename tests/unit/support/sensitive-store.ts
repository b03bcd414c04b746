import { MIN_LOCK_ITERATIONS, type LockableSchema } from "../../../src/lib/storage/lockable-store";
import { createPassphraseLock } from "../../../src/lib/storage/passphrase-lock";

/** One page's key holder over `storage` (every sensitive store), and the store for `schema` through it. */
export function sensitiveStore<T>(schema: LockableSchema<T>, storage: () => Storage | undefined) {
  const lock = createPassphraseLock({ storage, iterations: MIN_LOCK_ITERATIONS });
  return { lock, store: lock.store(schema) };
}
