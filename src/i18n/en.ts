/**
 * English: every string the interface shows, by namespace (one part of the interface each). Lesson text is
 * content, not here. Components and scripts import their namespace from "@ui-strings", which the build
 * points at the site's locale, and read keys as `namespace.key` (the catalogue test looks for that form).
 */

export const locale = {
  /** The BCP 47 tag for `<html lang>` and for formatting dates and numbers with `Intl`. */
  lang: "en-GB",
};

export const completeToggle = {
  /** The button before the lesson is marked. */
  mark: "Mark lesson complete",
  /** Read by screen readers before "Completed", so the button's name still says what it does. */
  markedPrefix: "Mark lesson complete: ",
  /** The button once the lesson is marked. */
  marked: "Completed",
  /** Shown beside a marked lesson's button. */
  undoHint: "Press it again to undo.",
  blocked: "Your browser is blocking storage, so progress can't be saved on this device. The lesson is all here to read.",
  full: "This device's storage is full, so progress couldn't be saved.",
  newerVersion: "Progress was saved by a newer version of this course, so it is left as it is.",
  failed: "Progress couldn't be saved on this device just now.",
};



/** The notice that part of a store could not be read and was set aside. */
export const unreadableNotice = {
  /** `{store}` is the store in a sentence ("your progress"). */
  message:
    "Part of {store} saved in this browser could not be read. Nothing was thrown away: this site kept a copy of it before saving anything new. You can download the copy to keep it, or erase it. Everything that could be read is still here.",
  download: "Download the copy",
  erase: "Erase the copy",
  /** First line of the downloaded file; `{key}` is the store's key. */
  fileTitle: "Saved data that could not be read ({key})",
  /** Before each value in the file; `{time}` is when it was set aside. */
  fileEntry: "Set aside {time}:",
};

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


/** The "Write it down" boxes at the end of a lesson. */
export const lessonReflections = {
  heading: "Write it down",
  /** `{link}` becomes a link named `myReflections`. */
  intro:
    "Writing can help you think things through. Answer as much or as little as you like. What you write stays in this browser, on this device: it is never sent anywhere. You can read, download, lock or erase it on {link}.",
  myReflections: "My reflections",
  noScript:
    "Your browser is not running scripts, so what you write here can't be saved. You can still write to think it through, but it will be gone when you leave the page.",
  /** Beside a prompt about the ex; `{link}` becomes a link named `myReflections`. */
  aboutYourEx:
    "Words about your ex can be read by anyone who opens this browser. You can lock your reflections with a passphrase, or erase them, on {link}.",
};

/** Under a lesson's box whose words could not be saved: ways to keep them. */
export const reflectionRescue = {
  copy: "Copy my words",
  download: "Download them as a file",
  copied: "Copied. It is still not saved on this device.",
  selected: "Your words are selected: press Ctrl+C (or Command+C on a Mac) to copy them.",
};

// Namespaces read only by islands and page scripts: each in its own module, because the bundler puts a
// module shared by several pages' scripts into one chunk with every string any of them reads, and lesson
// pages are at their size budget. The unlock form loads on a lesson only once a passphrase is set.
export { storedData } from "./en/stored-data";
export { eraseSiteData } from "./en/erase-site-data";
export { myReflections } from "./en/my-reflections";
export { lockPanel } from "./en/lock-panel";
export { courseProgress } from "./en/course-progress";
export { unlockForm } from "./en/unlock-form";
