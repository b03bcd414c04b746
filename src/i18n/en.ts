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

/** Storage messages both record-keeping tools (final message, contact log) show. */
export const toolStorage = {
  /** Shown in place of the saved items when storage is blocked; the tool still works without keeping anything. */
  blocked:
    "This browser is not letting the site store anything (it may be a private window, or storage is turned off), so nothing here can be kept on this device.",
  /** Shown when a newer version of the site saved this tool's data: it is left untouched. */
  newer: "What you kept here was saved by a newer version of this site. This page can't read it, so it leaves it as it is and saves nothing over it.",
  /** Shown when some saved items could not be read and were left out. */
  damaged:
    "Part of what was kept here could not be read, so it is left out. Everything else is shown. Before anything is saved over it, the part that could not be read is set aside, and you can download it.",
  failedUnavailable: "That didn't work: this browser is not letting the site store anything. What you wrote is still on screen: copy or download it to keep it.",
  failedFull: "That didn't work: this browser's storage is full. What you wrote is still on screen: copy or download it to keep it.",
  failedNewer: "That didn't work: a newer version of this site saved data here, so this page won't change it. What you wrote is still on screen.",
  failedOther: "That didn't work: the browser refused to save it. What you wrote is still on screen: copy or download it to keep it.",
  /** After a download of the reader's words: files are not locked. */
  downloaded: "Downloaded. The file is not locked: anyone who can open your downloads can read it.",
  /** The safe choice in a delete dialog. */
  keepIt: "Keep it",
  /** The confirm choice in a delete dialog. */
  deleteIt: "Delete it",
};

/** The final-message builder (/tools/final-message/): page, form, the message's sentences and kept copies. */
export const finalMessageTool = {
  pageTitle: "Final-message builder",
  pageDescription: "Put together a short, calm final message with the date and time contact stops. Nothing you type leaves this device.",
  intro:
    "Choose when contact stops and which ways of contact close. Your message appears below in plain words, ready to copy. Nothing you type here leaves this device.",
  /** Readers without scripts: the tool can't run, the lesson has a message to adapt. */
  noScript: "This tool needs scripts, and your browser is not running them. The lesson has a message you can adapt by hand:",
  lessonLink: "Your final message",
  stopDayLabel: "The date contact stops",
  stopTimeLabel: "The time contact stops",
  channelsLegend: "The ways of contact you are closing",
  channelPhone: "Phone calls",
  channelText: "Texts",
  channelEmail: "Email",
  channelSocialMedia: "Social media",
  channelInPerson: "In person",
  childrenLabel: "Arrangements for children (optional)",
  childrenHint: "If you have children together, say how arrangements will be made, for example “a parenting app” or “my solicitor”. Leave it empty for no line about children.",
  stopDayProblem: "Enter the date contact stops.",
  stopTimeProblem: "Enter the time contact stops.",
  noChannelProblem: "Choose at least one way of contact to close.",
  /** `{max}`: the most characters the line may have. */
  childrenTooLong: "Keep the line about children to {max} characters or fewer.",
  messageHeading: "Your message",
  /** Shown in place of the message while the form has a problem. */
  messageWaiting: "Your message will appear here once the form above is complete.",
  messageOver: "This relationship is over.",
  /** `{date}` and `{time}`: when contact stops, in words. */
  messageFrom: "From {date} at {time}, I want no contact with you of any kind.",
  /** `{channels}`: the closed channels joined as a list ("no calls, no texts, and no emails"). */
  messageMeans: "That means {channels}.",
  /** `{arrangement}`: the reader's own words, such as "a parenting app". */
  messageChildren: "The only exception is arrangements for the children, which will go through {arrangement}.",
  messageHeal: "I need time on my own to heal.",
  messageHarassment: "If you contact me after this, I will treat it as harassment and I may call the police.",
  channelNamePhone: "no calls",
  channelNameText: "no texts",
  channelNameEmail: "no emails",
  channelNameSocialMedia: "no messages on social media",
  channelNameInPerson: "no coming to see me in person",
  safetyHeading: "Send it only if it is safe to",
  safetyText: "If a message could make your ex angry enough to hurt you, or to come looking for you, wait. You don't have to send anything: no contact can start without a message.",
  safetyLink: "Staying safe as you leave",
  copyButton: "Copy the message",
  copied: "Copied. It is ready to paste, if and when you decide to send it.",
  copyFailed: "This browser didn't allow copying. The message is selected: copy it with your keyboard or the browser's menu.",
  keepHeading: "Keep a dated copy",
  keepIntro: "A copy with the date and time shows when you asked for contact to stop. It is kept only in this browser. You can also download it, to keep somewhere your ex can't reach.",
  keepButton: "Keep a dated copy",
  downloadButton: "Download with today's date",
  /** `{when}`: the date and time the copy was kept. */
  kept: "Kept on this device, dated {when}.",
  /** The first line of a downloaded copy. `{when}`: the date and time it was kept or downloaded. */
  copyStamp: "Final message, dated {when}",
  keptHeading: "Your kept copies",
  /** `{when}`: the date and time the copy was kept. */
  keptMeta: "Kept {when}",
  downloadCopy: "Download",
  /** A kept copy's download button's full name. `{when}`: when it was kept. */
  downloadCopyName: "Download the copy kept {when}",
  deleteCopy: "Delete",
  /** A kept copy's delete button's full name. `{when}`: when it was kept. */
  deleteCopyName: "Delete the copy kept {when}",
  deleteHeading: "Delete this copy?",
  /** `{when}`: when the copy was kept. */
  deleteBody: "The copy kept {when} will be removed from this browser. This can't be undone.",
  deleted: "That copy has been deleted.",
};

/** The unwanted-contact log (/tools/contact-log/): page, note, form, entries, export and printout. */
export const contactLogTool = {
  pageTitle: "Unwanted-contact log",
  pageDescription: "A private log of each time your ex contacts you, to export or print for the police or a court. Nothing you write leaves this device.",
  intro: "Write down each time your ex contacts you after you asked them not to. The log is kept only in this browser, on this device, and never sent anywhere.",
  noteHeading: "Before you write",
  noteFacts: "Write only facts, with dates: what happened and what was said, in plain words. A log like this can be shown to the police or a court.",
  noteEvidence:
    "Keep copies of the evidence too (screenshots, voicemails, emails, photos) somewhere your ex can't reach. This log lives only in this browser: if the device is lost or the browser is cleared, it goes too, so export or print it from time to time.",
  /** Readers without scripts: the tool can't run; the lesson lists what to write down on paper. */
  noScript: "This tool needs scripts, and your browser is not running them. You can keep the same record on paper or in a note only you can open. The lesson lists what to write down:",
  lessonLink: "Harassment and the police",
  addHeading: "Add an entry",
  /** `{when}`: the entry's date (and time). */
  editHeading: "Edit the entry from {when}",
  dateLabel: "Date",
  timeLabel: "Time (if you know it)",
  methodLabel: "How they made contact",
  methodChoose: "Choose one",
  methodCall: "Phone call",
  methodText: "Text message",
  methodEmail: "Email",
  methodSocialMedia: "Social media",
  methodInPerson: "In person",
  methodViaSomeone: "Through someone else",
  methodOther: "Other",
  whatLabel: "What happened",
  whatHint: "The facts, in your own words: what they did or said, and what you did.",
  witnessesLabel: "Witnesses (optional)",
  witnessesHint: "Anyone who saw or heard it.",
  evidenceLabel: "Evidence kept (optional)",
  evidenceHint: "For example: a screenshot, voicemail, email or photo, and where you keep it.",
  reportedLegend: "Did you report it to the police?",
  reportedNo: "No",
  reportedYes: "Yes",
  policeReferenceLabel: "Police reference number (optional)",
  officerLabel: "Officer's name or number (optional)",
  dateMissing: "Enter the date of the contact.",
  dateInvalid: "Enter a real date.",
  dateFuture: "The date can't be in the future.",
  timeInvalid: "Enter a time such as 14:30, or leave it empty.",
  methodMissing: "Choose how they made contact.",
  whatMissing: "Write what happened.",
  /** `{max}`: the most characters the field may have. */
  tooLong: "Keep this to {max} characters or fewer.",
  /** Announced when the form has problems: focus moves to the first field with one. */
  notSavedProblems: "Not saved yet: please check the fields marked below.",
  addButton: "Add to the log",
  saveButton: "Save changes",
  cancelButton: "Cancel editing",
  added: "Added to the log on this device.",
  updated: "Changes saved on this device.",
  deleted: "That entry has been deleted.",
  entriesHeading: "Your log",
  empty: "No entries yet. What you add appears here, oldest first.",
  /** `{date}` `{time}`: an entry's date and time, in words. */
  dateAndTime: "{date}, {time}",
  columnDate: "Date",
  columnTime: "Time",
  columnMethod: "How",
  columnWhat: "What happened",
  columnWitnesses: "Witnesses",
  columnEvidence: "Evidence kept",
  columnReported: "Reported to police",
  columnPoliceReference: "Police reference",
  columnOfficer: "Officer",
  editButton: "Edit",
  /** An entry's edit button's full name. `{when}`: its date and time. */
  editButtonName: "Edit the entry from {when}",
  deleteButton: "Delete",
  /** An entry's delete button's full name. `{when}`: its date and time. */
  deleteButtonName: "Delete the entry from {when}",
  deleteHeading: "Delete this entry?",
  /** `{when}`: the entry's date and time. */
  deleteBody: "The entry from {when} will be removed from this browser. This can't be undone. To keep a copy, export the log first.",
  exportHeading: "Export or print",
  exportIntro: "A file or a printout is not locked: anyone who can open your downloads or see the paper can read it. Keep it somewhere your ex can't reach.",
  exportButton: "Export as a spreadsheet (CSV)",
  printTitleLabel: "Title at the top of the printout",
  printTitleDefault: "Record of unwanted contact",
  printFromLabel: "From",
  printToLabel: "To",
  printButton: "Print these entries",
  printRangeProblem: "The “From” date must be on or before the “To” date.",
  /** `{count}`: how many entries fall in the chosen dates. */
  printCount: "Entries in these dates: {count}",
  /** The printout's date line. `{from}` `{to}`: the chosen dates, in words. */
  printRange: "Entries from {from} to {to}",
  /** A police detail under "Reported to police" in the printout. `{label}`: the column name; `{value}`: the reader's text. */
  printDetail: "{label}: {value}",
  /** The printout's last line. `{when}`: the date it was printed. */
  printMade: "Printed {when}",
};
