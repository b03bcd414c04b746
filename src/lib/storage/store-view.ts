import type { LockableState } from "./lockable-store";
import type { ReadResult } from "./versioned-store";

/** What a page shows for one store: nothing until it has read storage in the browser. */
export type StoreView<T> =
  | { state: "loading" }
  /** `damaged`: some entries could not be read and were left out; the rest are here. */
  | { state: "ready"; value: T; damaged: boolean }
  /** Storage is blocked or holds a newer version's data: show `value` (empty), and save nothing. */
  | { state: "unsaved"; value: T; reason: "unavailable" | "newer" };

/** Turns a read into what to show. Nothing stored, or nothing readable, shows `empty` and can be saved over. */
export function storeView<T>(found: ReadResult<T>, empty: T): StoreView<T> {
  switch (found.status) {
    case "ok":
      return { state: "ready", value: found.value, damaged: found.damaged };
    case "empty":
      return { state: "ready", value: empty, damaged: false };
    case "invalid":
      return { state: "ready", value: empty, damaged: true };
    case "newer":
    case "unavailable":
      return { state: "unsaved", value: empty, reason: found.status };
  }
}

/** What a page shows for a sensitive store: as any store, or locked until the passphrase is given on this page. */
export type SensitiveView<T> = StoreView<T> | { state: "locked" };

/** The value a page shows: what was read, or the empty value when storage can't be used; undefined while loading or locked. */
export function shownValue<T>(view: SensitiveView<T>): T | undefined {
  return view.state === "ready" || view.state === "unsaved" ? view.value : undefined;
}

/** Turns a sensitive store's state (undefined until read) into what to show. */
export function sensitiveView<T>(found: LockableState<T> | undefined, empty: T): SensitiveView<T> {
  if (!found) return { state: "loading" };
  switch (found.status) {
    case "open":
    case "unlocked":
      return { state: "ready", value: found.value, damaged: found.damaged === true };
    case "locked":
      return { state: "locked" };
    case "newer":
    case "unavailable":
      return { state: "unsaved", value: empty, reason: found.status };
  }
}
