/**
 * English: every string the interface shows, by namespace (one part of the interface each). Lesson text is
 * content, not here. Components and scripts import their namespace from "@ui-strings", which the build
 * points at the site's locale, and read keys as `namespace.key` (the catalogue test looks for that form).
 */

export const locale = {
  /** The BCP 47 tag for `<html lang>` and for formatting dates and numbers with `Intl`. */
  lang: "en",
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

/** The stores in the registry (src/lib/storage/storage-keys.ts), as the safety page, erase-all and notices name them. */
export const storedData = {
  progressLabel: "Your progress",
  progressInSentence: "your progress",
  progressStoredWhen:
    "When you press “Mark lesson complete”: which lessons you completed, and the day you did. After that, opening a lesson also updates which lesson you opened last, so the home page can take you back to it.",
  reflectionsLabel: "Your reflections",
  reflectionsInSentence: "your reflections",
  reflectionsStoredWhen:
    "When you write in a lesson's “Write it down” box or edit an answer on My reflections: your words, which question they answer, and when you last changed them. If you set a passphrase, only the locked (encrypted) answers are kept.",
  /** A store's set-aside copy, by name: `{store}` is the store in a sentence. */
  unreadableCopy: "A copy of {store} that could not be read",
};

/** "Erase what this site stored" and "Download everything" on the safety page. */
export const eraseSiteData = {
  heading: "Erase what this site stored",
  intro:
    "This site keeps your progress and anything you write in the reflections in this browser only, on this device. Nothing is sent anywhere. You can remove all of it here. It does not touch your browsing history or anything other websites stored.",
  storesHeading: "What each action stores",
  readingStoresNothing:
    "Reading a lesson, searching, opening the help or safety pages, or using the quick exit stores nothing until you save something yourself.",
  /** After a store's label; `{key}` becomes the key in code type. */
  keptUnder: "(kept under the name {key}).",
  /** `{key}` becomes an example quarantine key in code type. */
  unreadableCopies:
    "If something this site saved can't be read (for example, it was damaged), a copy is kept under its own name, such as {key}, before anything new is saved. This site tells you once, and you can download or erase the copy here.",
  withoutScript:
    "Erasing from this page needs JavaScript, which is off or blocked. You can still remove it in your browser's settings: look for “site data” or “cookies and site data” and clear it for this site only.",
  button: "Erase everything this site stored",
  dialogHeading: "Erase everything?",
  dialogBody: "This removes your progress, your reflections and anything else this site stored in this browser. You can't undo it.",
  dialogConfirm: "Yes, erase everything",
  dialogCancel: "Cancel",
  unavailable: "This browser is blocking storage for this site, so there was nothing this site could read or erase.",
  nothingStored: "Nothing was stored, so there was nothing to erase.",
  /** `{stores}`: what was removed, by name, joined with commas. */
  erased: "Erased from this browser: {stores}.",
  /** `{stores}`: what the browser refused to remove. */
  notRemoved: "The browser would not let us remove: {stores}. You can clear this site's data in your browser's settings.",
  exportHeading: "Download everything this site stored",
  exportIntro:
    "One file with everything this site keeps in this browser, exactly as it is stored. Locked reflections stay locked in it: only your passphrase opens them. Anything not locked can be read by anyone who opens the file.",
  exportButton: "Download everything",
  exportDone: "Downloaded. Delete the file when you no longer need it.",
  exportNothing: "Nothing is stored, so there is nothing to download.",
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

/** The one unlock form, on lessons and on My reflections (src/islands/shared/unlock-form.ts). */
export const unlockForm = {
  label: "Passphrase",
  button: "Unlock",
  /** Deriving the key is slow on purpose, so this shows meanwhile. */
  unlocking: "Unlocking…",
  wrong: "That passphrase did not unlock them. Nothing has been changed. Check it and try again.",
  notLocked: "They are no longer locked.",
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
  locked: "Your reflections are locked with a passphrase. Enter it to read and write them here.",
  /** `{link}` becomes a link named `myReflections`. */
  forgotten: "Forgotten it? It can't be recovered, but you can erase your reflections on {link}.",
  copy: "Copy my words",
  download: "Download them as a file",
  copied: "Copied. It is still not saved on this device.",
  selected: "Your words are selected: press Ctrl+C (or Command+C on a Mac) to copy them.",
};

/** The My reflections page and its island. */
export const myReflections = {
  title: "My reflections",
  description: "What you wrote in answer to the lessons' questions, kept only in this browser.",
  intro:
    "What you wrote in answer to the lessons' questions. It is kept only in this browser, on this device, and never sent anywhere. You can edit it, download it, print it, lock it with a passphrase or erase it.",
  noScript: "Your browser is not running scripts. Your reflections are kept inside the browser, so this page needs scripts to show them.",
  unavailable:
    "This browser is not letting the site store anything (it may be a private window, or storage is turned off), so no reflections are kept here.",
  newer: "Your reflections were saved by a newer version of this site. This page can't read them, so it leaves them as they are.",
  lockedHeading: "Your reflections are locked",
  lockedIntro: "Enter your passphrase to read them. If you have forgotten it, it can't be recovered, but you can still erase them below.",
  unlocked: "Unlocked.",
  empty:
    "You haven't written any reflections yet. Each lesson ends with a question or two; what you write there appears here, and stays on this device.",
  downloadText: "Download as text",
  downloadMarkdown: "Download as Markdown",
  print: "Print",
  downloaded: "Downloaded. The file is not locked: anyone who can open your downloads can read it.",
  /** A lesson's heading over its answers. */
  lessonHeading: "Lesson {number}: {title}",
  /** Heading over answers whose lesson has left the course. */
  otherReflections: "Other reflections",
  /** In place of a prompt that has left the course. */
  retiredPrompt: "A question no longer in the course",
  saved: "Saved on this device",
  deleted: "That answer has been deleted.",
  eraseHeading: "Erase them",
  eraseIntro: "This removes every answer from this browser, locked or not. It can't be undone.",
  eraseButton: "Erase all my reflections",
  erased: "All your reflections have been erased from this browser.",
  eraseDialogHeading: "Erase all your reflections?",
  eraseDialogBody: "Every answer you have written will be removed from this browser. This can't be undone. To keep a copy, download them first.",
  eraseDialogConfirm: "Erase all",
  eraseDialogCancel: "Keep them",
  deleteDialogHeading: "Delete this answer?",
  /** `{prompt}` is the question the answer was written for. */
  deleteDialogBody: "Your answer to “{prompt}” will be removed from this browser. This can't be undone.",
  deleteDialogConfirm: "Delete it",
  deleteDialogCancel: "Keep it",
  /** Under an answer, on the page and in the Markdown file; `{date}` is when it last changed. */
  fileLastEdited: "Last edited {date}",
  /** The same in the plain text file. */
  fileLastEditedInText: "(last edited {date})",
  /** Under the title of a downloaded file. */
  fileDownloaded: "Downloaded {date}",
  edit: "Edit",
  delete: "Delete",
  /** After "Edit" or "Delete", for screen readers; `{prompt}` is the question. */
  answerTo: " your answer to: {prompt}",
  answerLabel: "Your answer",
  save: "Save",
  cancel: "Cancel",
};

/** Setting, closing and removing the one passphrase, on My reflections. */
export const lockPanel = {
  headingUnlocked: "Locked with a passphrase",
  headingOpen: "Lock them with a passphrase",
  intro:
    "A passphrase stops someone who picks up this device and opens this site from reading your reflections. While they are locked, this site asks for the passphrase each time you open this page or a lesson.",
  cannot: "What a passphrase can't do:",
  /** `{link}` becomes a link named `safetyLink`. */
  spyware: "It does not protect you from spyware, or from someone who watches you type. If you think your device is being watched, read {link}.",
  safetyLink: "Staying safe",
  notHidden: "It does not hide that you have used this site.",
  forgotten: "If you forget it, nobody can get your reflections back, not even us. You can still erase them.",
  openHere: "Your reflections are open on this page until you leave it.",
  lockNow: "Lock now",
  remove: "Remove the lock",
  passphrase: "Passphrase",
  /** `{count}` is the shortest length allowed. */
  hint: "At least {count} characters. A few words only you would put together are easier to remember and harder to guess.",
  again: "Type it again",
  submit: "Lock my reflections",
  /** `{count}` is the shortest length allowed. */
  tooShort: "Use at least {count} characters.",
  different: "The two passphrases are different. Type them again.",
  locking: "Locking…",
  locked:
    "Locked. From now on this site asks for your passphrase before showing your reflections. They stay open on this page until you leave it or choose Lock now.",
  lockedNow: "Locked. Enter your passphrase to see your reflections again.",
  removed: "The lock is removed. Your reflections are no longer protected by a passphrase.",
};

/** The home page's next step, progress and reset. */
export const courseProgress = {
  /** `{number}` and `{title}` name the lesson. */
  start: "Start with lesson {number}: {title}",
  continue: "Continue with lesson {number}: {title}",
  again: "Read the course again from lesson {number}",
  /** `{done}` of `{total}` lessons. */
  count: "{done} of {total} lessons complete",
  unsaved: "Progress can't be saved or read on this device, but every lesson is here to read.",
  lessonsHeading: "The lessons",
  reset: "Reset progress",
  resetHeading: "Reset your progress?",
  resetBody: "This clears which lessons you have completed. Your reflections are kept.",
  resetConfirm: "Reset progress",
  resetCancel: "Keep it",
};
