import { useEffect, useState } from "preact/hooks";
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
