import { browserStorage } from "./browser-storage";
import { STORAGE_PREFIX, unreadableKey } from "./storage-keys";
import { storeRegistry } from "./store-registry";
import { isRecord } from "./json-shape";

/** The page's sessionStorage, or undefined where it is disabled or blocked. */
export function browserSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** What erasing found and did. It never throws. */
export type EraseResult =
  /** `removed` lists every key taken away (possibly none); `failed` lists any the browser refused to remove. */
  | { status: "erased"; removed: string[]; failed: string[] }
  /** The browser blocks storage, so nothing could be read or removed. */
  | { status: "unavailable" };

/** The keys in `storage` that this site wrote. Reads every key before anything is removed. */
function siteKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null && key.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * Removes every key starting with `nocontact:` from each storage (local and session by default),
 * and leaves every other key alone. Storages are injectable so tests can pass fakes.
 */
export function eraseSiteData(
  storages: readonly (() => Storage | undefined)[] = [browserStorage, browserSessionStorage],
): EraseResult {
  const removed = new Set<string>();
  const failed = new Set<string>();
  let reachable = 0;
  for (const getStorage of storages) {
    const storage = getStorage();
    if (!storage) continue;
    let keys: string[];
    try {
      keys = siteKeys(storage);
    } catch {
      continue;
    }
    reachable++;
    for (const key of keys) {
      try {
        storage.removeItem(key);
        removed.add(key);
      } catch {
        failed.add(key);
      }
    }
  }
  if (reachable === 0) return { status: "unavailable" };
  return { status: "erased", removed: [...removed], failed: [...failed].filter((key) => !removed.has(key)) };
}

/** One stored key in an export: its text exactly as stored (null when nothing is), parsed when it is JSON. */
export interface ExportedKey {
  key: string;
  /** The stored JSON, parsed; a locked store stays locked (only its salt, IV and ciphertext are here). */
  value?: unknown;
  /** The stored text when it is not JSON (a damaged value): kept exactly, never dropped. */
  text?: string;
}

/**
 * Every store the registry lists, and any set-aside copy of one, as stored now: for "Download everything".
 * Undefined when storage is blocked. Locked stores are exported locked: nothing here decrypts.
 */
export function exportSiteData(storage: Storage | undefined = browserStorage()): ExportedKey[] | undefined {
  if (!storage) return undefined;
  try {
    return storeRegistry.flatMap(({ key }) =>
      [key, unreadableKey(key)].flatMap((name): ExportedKey[] => {
        const text = storage.getItem(name);
        if (text === null) return [];
        try {
          const value: unknown = JSON.parse(text);
          return [isRecord(value) ? { key: name, value } : { key: name, text }];
        } catch {
          return [{ key: name, text }];
        }
      }),
    );
  } catch {
    return undefined;
  }
}
