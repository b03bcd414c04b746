import { toolStorage } from "@ui-strings";
import type { LockWriteResult } from "../../lib/storage/lockable-store";
import type { SensitiveView } from "../../lib/storage/store-view";

/** Why a tool's save or delete failed. */
export type ToolFailure = Extract<LockWriteResult, { ok: false }>["reason"];

const failures: Record<ToolFailure, string> = {
  unavailable: toolStorage.failedUnavailable,
  full: toolStorage.failedFull,
  "newer-version": toolStorage.failedNewer,
  failed: toolStorage.failedOther,
  locked: toolStorage.failedLocked,
  erased: toolStorage.failedErased,
};

/** Why a tool's save or delete failed, in the catalogue's words: each says the reader's words are still on screen. */
export function toolFailureMessage(reason: ToolFailure): string {
  return failures[reason];
}

/** What a tool page says about its store before anything else: blocked, newer or partly unreadable; nothing when all is well. */
export function storeNotice(view: SensitiveView<unknown>): string | undefined {
  if (view.state === "unsaved") return view.reason === "newer" ? toolStorage.newer : toolStorage.blocked;
  return view.state === "ready" && view.damaged ? toolStorage.damaged : undefined;
}

/** The same as a paragraph, or nothing. */
export function StoreNotice({ view }: { view: SensitiveView<unknown> }) {
  const message = storeNotice(view);
  return message === undefined ? null : <p class="tool-notice">{message}</p>;
}
