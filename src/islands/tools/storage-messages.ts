import type { Catalogue } from "../../i18n/catalogue";
// Islands get their strings as props from the page (rendered on the server), so no client bundle carries
// the catalogue: a catalogue chunk shared by every script would put the tools' strings on lesson pages.
import type { WriteFailure } from "../../lib/storage/browser-storage";
import type { StoreView } from "../../lib/storage/store-view";

/** What to tell the reader about a store before they do anything: blocked, newer or partly unreadable. */
export function storeNote(view: StoreView<unknown>, toolStorage: Catalogue["toolStorage"]): string | undefined {
  if (view.state === "unsaved") return view.reason === "unavailable" ? toolStorage.blocked : toolStorage.newer;
  if (view.state === "ready" && view.damaged) return toolStorage.damaged;
  return undefined;
}

/** Why a save did not happen, in the reader's words. */
export function failureText(reason: WriteFailure, toolStorage: Catalogue["toolStorage"]): string {
  switch (reason) {
    case "unavailable":
      return toolStorage.blocked;
    case "full":
      return toolStorage.full;
    case "newer-version":
      return toolStorage.newer;
    case "failed":
      return toolStorage.failed;
  }
}
