import type { JournalWriteResult } from "./reflections-journal";

/** Why a write did not happen: the code a component maps to its catalogue string. */
export type WriteFailureReason = Extract<JournalWriteResult, { ok: false }>["reason"];

/** A file name that does not say what is inside, for downloads someone else might see. */
export function notesFileName(now: Date, extension: "txt" | "md" | "json"): string {
  return `notes-${now.toLocaleDateString("en-CA")}.${extension}`;
}
