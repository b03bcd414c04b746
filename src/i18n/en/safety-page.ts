export const safetyPage = {
  title: "Staying safe while you read",
  description: "How to cover your tracks when reading this course: the quick exit, private browsing, your history, safer devices, spyware, and erasing what this site stored.",
  heading: "Staying safe while you read",
  quickExitHeading: "Leave a page fast",
  privateBrowsingHeading: "Use a private window",
  historyHeading: "Remove single pages from your history",
  saferDeviceHeading: "Use a safer device",
  spywareHeading: "If your phone or computer may be watched",
  tracesHeading: "Everything this site can leave behind",
  historyTrace: "Pages in your browsing history",
  /** The trace that covers every store in the registry. */
  storageTrace: "What you save here, stored in this browser",
  /** `{keys}`: every stored name, in code type, joined with commas. */
  storageTraceKeys: "Your progress, what you write and what you keep in the tools, each under its own name: {keys}.",
  /** `{key}`: an example name of a set-aside copy, in code type. */
  storageTraceUnreadable: "A copy of anything that could not be read is kept under its own name, such as {key}.",
  downloadTrace: "A file you download",
  downloadTraceIntro:
    "Every download goes to your Downloads folder, and the browser lists it under Downloads. The file names don't say what is inside, but anyone who opens a file can read it. Only words you locked with a passphrase stay locked, and only in “Download everything”. The files this site offers:",
  /** The list of downloads: `{txt}`, `{md}`, `{file}` are file names, in code type. */
  reflectionsFiles: "Your reflections, as plain text or Markdown, from My reflections or a lesson's “Write it down” box: {txt} or {md}",
  finalMessageFile: "A copy of your final message, from the final-message builder: {file}",
  contactLogFile: "Your log of unwanted contact as a spreadsheet file (CSV): {file}",
  everythingFile: "“Download everything” on this page, with every store as it is kept: {file}",
  unreadableFile: "A copy of something that could not be read: {file}",
  printTrace: "A printed sheet, or one saved as a PDF",
  clipboardTrace: "Words you copy",
  passwordTrace: "Saved passwords and form entries",
  offlineTrace: "A copy of this course kept for reading offline",
  exitTrace: "The everyday website the quick exit opens",
};
