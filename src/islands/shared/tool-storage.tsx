import type { Catalogue } from "../../i18n/catalogue";
import type { WriteFailure } from "../../lib/storage/browser-storage";
import type { StoreView } from "../../lib/storage/store-view";

/** The storage messages' catalogue namespace. Tool islands take it as a prop from their page (see final-message.astro). */
export type ToolStorageStrings = Catalogue["toolStorage"];

/** Why a tool's save or delete failed, in the catalogue's words: each says the reader's words are still on screen. */
export function toolFailureMessage(toolStorage: ToolStorageStrings, reason: WriteFailure): string {
  const messages: Record<WriteFailure, string> = {
    unavailable: toolStorage.failedUnavailable,
    full: toolStorage.failedFull,
    "newer-version": toolStorage.failedNewer,
    failed: toolStorage.failedOther,
  };
  return messages[reason];
}

/** What a tool page says about its store before anything else: blocked, newer or partly unreadable; nothing when all is well. */
export function StoreNotice<T>({ view, toolStorage }: { view: StoreView<T>; toolStorage: ToolStorageStrings }) {
  const message =
    view.state === "unsaved" ? (view.reason === "newer" ? toolStorage.newer : toolStorage.blocked) : view.state === "ready" && view.damaged ? toolStorage.damaged : "";
  return message === "" ? null : <p class="tool-notice">{message}</p>;
}
