import { useCallback, useEffect, useState } from "preact/hooks";
import type { LockableState, LockableStore } from "../../lib/storage/lockable-store";
import { storeView, type StoreView } from "../../lib/storage/store-view";
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
export function useLockableStore<T>(store: LockableStore<T>): [LockableState<T> | undefined, () => void] {
  const [current, setCurrent] = useState<LockableState<T> | undefined>(undefined);
  const reload = useCallback(() => setCurrent(store.load()), [store]);
  useEffect(() => {
    reload();
    return store.subscribe(reload);
  }, [store]);
  return [current, reload];
}
