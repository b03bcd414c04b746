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
