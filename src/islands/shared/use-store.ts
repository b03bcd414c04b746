import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { LockableSchema, LockableState, LockableStore } from "../../lib/storage/lockable-store";
import { pagePassphraseLock } from "../../lib/storage/passphrase-lock";
import { sensitiveView, storeView, type SensitiveView, type StoreView } from "../../lib/storage/store-view";
import type { VersionedStore } from "../../lib/storage/versioned-store";

/**
 * The one way an island reads a store: nothing until it has mounted (the server rendered the neutral
 * state), then the stored value, following changes from this page and other tabs.
 */
export function useStore<T>(store: Pick<VersionedStore<T>, "read" | "subscribe">, empty: T): StoreView<T> {
  const [current, setCurrent] = useState<StoreView<T>>({ state: "loading" });
  useEffect(() => {
    const refresh = () => setCurrent(storeView(store.read(), empty));
    refresh();
    return store.subscribe(refresh);
  }, [store, empty]);
  return current;
}

/**
 * The same for a sensitive store behind the one passphrase: undefined until read, then open, locked or
 * unlocked on this page. `reload` reads it again after the page's key changed (unlock, Lock now), which
 * writes nothing and so fires no change.
 */
export function useLockableStore<T>(store: LockableStore<T>): [LockableState<T> | undefined, () => Promise<void>] {
  const [current, setCurrent] = useState<LockableState<T> | undefined>(undefined);
  const reload = useCallback(async () => setCurrent(await store.load()), [store]);
  useEffect(() => {
    void reload();
    return store.subscribe(() => void reload());
  }, [store]);
  return [current, reload];
}

/**
 * A tool's sensitive store through the page's one passphrase lock: what to show (locked until the
 * passphrase is given on this page), the store to change, and `reload` for after an unlock.
 */
export function useSensitiveStore<T>(schema: LockableSchema<T>): { store: LockableStore<T>; view: SensitiveView<T>; reload: () => Promise<void> } {
  const store = useMemo(() => pagePassphraseLock().store(schema), [schema]);
  const [state, reload] = useLockableStore(store);
  return { store, view: sensitiveView(state, schema.empty), reload };
}
