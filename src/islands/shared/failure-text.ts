import { saveFailure } from "@ui-strings";
import { fill } from "../../i18n/catalogue";
import type { WriteFailureReason } from "../../lib/reflection-messages";
import type { JournalWriteResult } from "../../lib/reflections-journal";

const reasons: Record<WriteFailureReason, string> = {
  full: saveFailure.full,
  unavailable: saveFailure.unavailable,
  "newer-version": saveFailure.newerVersion,
  locked: saveFailure.locked,
  failed: saveFailure.failed,
  erased: saveFailure.erased,
};

const actions = { saved: saveFailure.notSaved, deleted: saveFailure.notDeleted, erased: saveFailure.notErased };

/** Why a write did not happen, in the reader's words: "Not saved: …" (or "Not deleted", "Not erased"). Shared by lessons and islands. */
export function failureText(reason: WriteFailureReason, action: keyof typeof actions = "saved"): string {
  return fill(actions[action], { reason: reasons[reason] });
}

/** What the status under a reflection box says after a save. On failure it says the words are not lost. */
export function saveText(result: JournalWriteResult): string {
  return result.ok ? saveFailure.saved : `${failureText(result.reason)} ${saveFailure.wordsKept}`;
}
