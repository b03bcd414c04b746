/**
 * The page's localStorage, or undefined where it is disabled or blocked
 * (some browsers throw on merely reading `window.localStorage`).
 */
export function browserStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Why a write did not happen, in words a store's caller can turn into a message. */
export type WriteFailure = "unavailable" | "full" | "newer-version" | "failed";

/** The outcome of a write: stores never throw, they report. */
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

/** Turns whatever a storage call threw into a reason. */
export function failureOf(error: unknown): WriteFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" ? "full" : "failed";
}
