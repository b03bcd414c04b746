/** Why saving, deleting or erasing reflections did not happen (reflection-messages.ts maps the codes). */
export const saveFailure = {
  saved: "Saved on this device",
  notSaved: "Not saved: {reason}",
  notDeleted: "Not deleted: {reason}",
  notErased: "Not erased: {reason}",
  full: "this browser's storage is full.",
  unavailable: "this browser is not letting the site store anything (it may be a private window, or storage is turned off).",
  newerVersion: "a newer version of this site saved your reflections here, so this page won't change them.",
  locked: "your reflections are locked. Unlock them first.",
  failed: "the browser refused to do it.",
  erased: "everything this site stored was just erased, so nothing is written back.",
  /** After a failed save under a lesson's box. */
  wordsKept: "Your words are still in the box: copy or download them to keep them.",
  /** After a failed save of an edited answer on My reflections. */
  changesKept: "Your changes are still in the box: select and copy them to keep them.",
};
