import { toolStorage } from "@ui-strings";
import type { WriteFailure } from "../../lib/storage/browser-storage";
import type { StoreView } from "../../lib/storage/store-view";

/** Why a tool's save or delete failed, in the catalogue's words: each says the reader's words are still on screen. */
export const toolFailureMessages: Readonly<Record<WriteFailure, string>> = {
  unavailable: toolStorage.failedUnavailable,
  full: toolStorage.failedFull,
  "newer-version": toolStorage.failedNewer,
  failed: toolStorage.failedOther,
};

/** What a tool page says about its store before anything else: blocked, newer or partly unreadable; nothing when all is well. */
export function StoreNotice<T>({ view }: { view: StoreView<T> }) {
  const message =
    view.state === "unsaved" ? (view.reason === "newer" ? toolStorage.newer : toolStorage.blocked) : view.state === "ready" && view.damaged ? toolStorage.damaged : "";
  return message === "" ? null : <p class="tool-notice">{message}</p>;
}
