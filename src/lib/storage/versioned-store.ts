import { browserStorage, failureOf, type WriteResult } from "./browser-storage";

/** What reading a key found. Reads never throw. */
export type ReadResult<T> =
  | { status: "ok"; value: T }
  /** Nothing stored yet. */
  | { status: "empty" }
  /** Something is stored but it is not valid; it is ignored and left as it is until the next write. */
  | { status: "invalid" }
  /** A newer version of the site stored this; it is left untouched. */
  | { status: "newer" }
  /** Storage is disabled or blocked. */
  | { status: "unavailable" };

/** How one store validates and upgrades its JSON. */
export interface StoreSchema<T> {
  /** The storage key (from storage-keys.ts). */
  key: string;
  /** The current version written into every value. */
  version: number;
  /** The value as `{ version, ...data }` when it is valid for the current version, otherwise undefined. */
  parse: (raw: Record<string, unknown>) => T | undefined;
  /** Upgrades a value from an older version, or undefined if it cannot. */
  migrate: (raw: Record<string, unknown>, fromVersion: number) => T | undefined;
}

/** A store for one `nocontact:` key holding versioned JSON: validated on read, never throwing on write. */
export interface VersionedStore<T> {
  read: () => ReadResult<T>;
  write: (value: T) => WriteResult;
  remove: () => WriteResult;
  /**
   * Applies `change` to what is stored now, or to `empty` when nothing valid is, and writes the result.
   * Reading first keeps other tabs' changes; a newer version or missing storage is reported, not touched.
   */
  update: (change: (current: T) => T, empty: T) => WriteResult;
  /** Calls `listener` when this key changes in another tab or through another store on this page. */
  subscribe: (listener: () => void) => () => void;
}

const sameTabEvent = "nocontact:store-change";

/** Lesson slugs and reflection prompt ids: kebab-case, as the lesson schema requires. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Creates a store. `storage` is injectable so tests can pass a full, throwing or missing storage. */
export function createVersionedStore<T>(schema: StoreSchema<T>, storage: () => Storage | undefined = browserStorage): VersionedStore<T> {
  const readRaw = (): ReadResult<Record<string, unknown>> => {
    const target = storage();
    if (!target) return { status: "unavailable" };
    let text: string | null;
    try {
      text = target.getItem(schema.key);
    } catch {
      return { status: "unavailable" };
    }
    if (text === null) return { status: "empty" };
    try {
      const raw: unknown = JSON.parse(text);
      return isRecord(raw) && typeof raw["version"] === "number" ? { status: "ok", value: raw } : { status: "invalid" };
    } catch {
      return { status: "invalid" };
    }
  };

  const read = (): ReadResult<T> => {
    const found = readRaw();
    if (found.status !== "ok") return found;
    const version = found.value["version"] as number;
    if (version > schema.version) return { status: "newer" };
    const value = version === schema.version ? schema.parse(found.value) : schema.migrate(found.value, version);
    return value === undefined ? { status: "invalid" } : { status: "ok", value };
  };

  const notify = () => globalThis.dispatchEvent?.(new CustomEvent(sameTabEvent, { detail: schema.key }));

  const change = (apply: (target: Storage) => void): WriteResult => {
    const target = storage();
    if (!target) return { ok: false, reason: "unavailable" };
    try {
      apply(target);
    } catch (error) {
      return { ok: false, reason: failureOf(error) };
    }
    notify();
    return { ok: true };
  };

  const write = (value: T): WriteResult => {
    // Never overwrite what a newer version of the site saved: the reader may go back to it.
    if (read().status === "newer") return { ok: false, reason: "newer-version" };
    return change((target) => target.setItem(schema.key, JSON.stringify({ ...value, version: schema.version })));
  };

  return {
    read,
    write,
    remove: () => change((target) => target.removeItem(schema.key)),
    update: (apply, empty) => {
      const found = read();
      if (found.status === "newer") return { ok: false, reason: "newer-version" };
      if (found.status === "unavailable") return { ok: false, reason: "unavailable" };
      return write(apply(found.status === "ok" ? found.value : empty));
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === schema.key || event.key === null) listener();
      };
      const onSameTab = (event: Event) => {
        if ((event as CustomEvent<string>).detail === schema.key) listener();
      };
      addEventListener("storage", onStorage);
      addEventListener(sameTabEvent, onSameTab);
      return () => {
        removeEventListener("storage", onStorage);
        removeEventListener(sameTabEvent, onSameTab);
      };
    },
  };
}
