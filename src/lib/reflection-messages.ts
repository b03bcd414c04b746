import type { JournalWriteResult } from "./reflections-journal";

export const SAVED_MESSAGE = "Saved on this device";

type Failure = Extract<JournalWriteResult, { ok: false }>["reason"];

/** Why a write did not happen, in plain words: "Not saved: …" (or "Not deleted", "Not erased"). */
export function failureMessage(reason: Failure, action: "saved" | "deleted" | "erased" = "saved"): string {
  const not = `Not ${action}:`;
  switch (reason) {
    case "full":
      return `${not} this browser's storage is full.`;
    case "unavailable":
      return `${not} this browser is not letting the site store anything (it may be a private window, or storage is turned off).`;
    case "newer-version":
      return `${not} a newer version of this site saved your reflections here, so this page won't change them.`;
    case "locked":
      return `${not} your reflections are locked. Unlock them first.`;
    case "failed":
      return `${not} the browser refused to do it.`;
    case "erased":
      return `${not} everything this site stored was just erased, so nothing is written back.`;
  }
}

/** What the status under a reflection box says after a save. On failure it says the words are not lost. */
export function saveMessage(result: JournalWriteResult): string {
  return result.ok ? SAVED_MESSAGE : `${failureMessage(result.reason)} Your words are still in the box: copy or download them to keep them.`;
}

/** A file name that does not say what is inside, for downloads someone else might see. */
export function notesFileName(now: Date, extension: "txt" | "md"): string {
  return `notes-${now.toLocaleDateString("en-CA")}.${extension}`;
}
