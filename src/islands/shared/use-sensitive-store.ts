import { useMemo } from "preact/hooks";
import type { LockableSchema, LockableStore } from "../../lib/storage/lockable-store";
import { pagePassphraseLock } from "../../lib/storage/passphrase-lock";
import { sensitiveView, type SensitiveView } from "../../lib/storage/store-view";
import { useLockableStore } from "./use-store";

/**
 * A tool's sensitive store through the page's one passphrase lock: what to show (locked until the
 * passphrase is given on this page), the store to change, and `reload` for after an unlock. Apart from
 * use-store.ts so that tools without a sensitive store (the day counter) don't load the lock.
 */
export function useSensitiveStore<T>(schema: LockableSchema<T>): { store: LockableStore<T>; view: SensitiveView<T>; reload: () => void } {
  const store = useMemo(() => pagePassphraseLock().store(schema), [schema]);
  const [state, reload] = useLockableStore(store);
  return { store, view: sensitiveView(state, schema.empty), reload };
}
