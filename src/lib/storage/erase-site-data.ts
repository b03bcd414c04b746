import { browserStorage } from "./browser-storage";
import { STORAGE_PREFIX, storeRegistry, unreadableKey } from "./storage-keys";

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

const plainNames: Record<string, string> = Object.fromEntries(
  storeRegistry.flatMap(({ key, label }) => [
    [key, label],
    [unreadableKey(key), `A copy of ${label.toLowerCase()} that could not be read`],
  ]),
);

/** A stored key in plain words: "Your progress", "Your reflections", or the key itself for anything else. */
export function describeKey(key: string): string {
  return plainNames[key] ?? key;
}

/** What to tell the reader once erasing is done. */
export function eraseMessage(result: EraseResult): string {
  if (result.status === "unavailable") {
    return "This browser is blocking storage for this site, so there was nothing this site could read or erase.";
  }
  const parts: string[] = [];
  if (result.removed.length === 0 && result.failed.length === 0) parts.push("Nothing was stored, so there was nothing to erase.");
  if (result.removed.length > 0) parts.push(`Erased from this browser: ${result.removed.map(describeKey).join(", ")}.`);
  if (result.failed.length > 0) {
    parts.push(`The browser would not let us remove: ${result.failed.map(describeKey).join(", ")}. You can clear this site's data in your browser's settings.`);
  }
  return parts.join(" ");
}
