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

export const toolPages = {
  /** The /tools/ page's title and heading. */
  indexTitle: "Tools for the hard days",
  indexDescription: "Small private tools that help you keep no contact: nothing you enter leaves this browser.",
  indexIntro: "Small tools to use alongside the lessons. Anything you enter stays in this browser, on this device, and is never sent anywhere.",
  /** The line on the home page that links to /tools/. */
  homeLink: "Tools for the hard days",
  homeLinkAfter: ": small private tools to use alongside the lessons.",
  dayCounterTitle: "Day counter",
  dayCounterSummary: "Count the days since contact stopped, and start again without losing the days you already had.",
  pauseTitle: "Pause before you reach out",
  pauseSummary: "When you want to contact them: breathe, write it here instead, and think of someone to call.",
  /** Shown on a tool page to readers without JavaScript; the lesson link follows it. */
  needsScripts: "This tool needs JavaScript, which is turned off or blocked in this browser. The lesson covers the same ground:",
};

export const toolStorage = {
  blocked: "This browser is blocking storage for this site (it may be a private window, or storage is turned off), so nothing here can be kept on this device.",
  full: "This device's storage is full, so that couldn't be saved. Nothing you had saved before was changed.",
  newer: "This was saved by a newer version of this site, so this page leaves it as it is and can't save changes here.",
  failed: "That couldn't be saved on this device just now. Please try again.",
  /** Some of a store could not be read; the readable part is shown and the rest is set aside on the next save. */
  damaged: "Part of what was saved here could not be read. Everything that could be read is shown, and a copy of the rest is kept aside when you next save.",
};

export const dayCounter = {
  /** Big number on the page once a counter is set. */
  day: "Day {count}",
  since: "Since {date}.",
  setHeading: "When did no contact begin?",
  startLabel: "The day contact stopped",
  startHint: "Today, or a day in the past.",
  start: "Start counting",
  changeSummary: "Change the start date",
  change: "Save the new date",
  startAgain: "I made contact — start again",
  startAgainHint: "Day 1 starts today. The days you already had are kept below.",
  /** Announced after "start again": no blame, no question. */
  startedAgain: "Day 1, starting today. Your earlier days are kept in your history.",
  started: "Counting from {date}.",
  changed: "The start date is now {date}.",
  invalid: "Enter a date, such as the day you last had contact.",
  future: "That date hasn't come yet. Choose today or a day before it.",
  /** A new start date can't overlap the history. */
  beforeLastStreak: "That date is inside a count you already had. Choose {date} or later.",
  milestoneWeek: "You have reached a week.",
  milestoneMonth: "You have reached a month.",
  milestoneHundred: "You have reached 100 days.",
  milestoneYear: "You have reached a year.",
  historyHeading: "Your history",
  longest: "Longest count: {days}.",
  total: "All your days without contact: {days}.",
  /** One past count: "3 March 2026 to 20 March 2026: 17 days". */
  pastStreak: "{from} to {to}: {days}",
  noHistory: "No earlier counts. If you start again, the days you had are kept here.",
  daysOne: "{count} day",
  daysOther: "{count} days",
  clearHistory: "Clear history",
  clearHeading: "Clear your history?",
  clearBody: "Your earlier counts will be removed from this browser. Today's count goes on. This can't be undone.",
  clearConfirm: "Clear history",
  clearCancel: "Keep it",
  cleared: "Your history has been cleared. Today's count goes on.",
  stop: "Stop counting",
  stopHeading: "Stop counting?",
  stopBody: "The start date and your history will be removed from this browser, and the home page won't show a day number. This can't be undone.",
  stopConfirm: "Stop counting",
  stopCancel: "Keep counting",
  stopped: "The counter has been removed from this browser.",
};

export const homeDayLine = {
  /** The quiet line on the home page: a day number only, no words about contact, for a reader on a watched phone. */
  day: "Day {count}",
};

export const pause = {
  /** "Step 2 of 4", above each step's heading. */
  step: "Step {number} of {total}",
  next: "Next",
  back: "Back",
  breatheHeading: "Breathe first",
  breatheText: "The urge is strong now, and it will fade. Breathe in slowly through your nose for four counts, hold for a moment, then breathe out for six. Do it a few times.",
  timerLegend: "Set a timer if it helps (optional)",
  /** A timer button: "1 minute", "5 minutes". */
  timerOne: "{count} minute",
  timerOther: "{count} minutes",
  /** What the running timer shows, e.g. "4:05 left". */
  timeLeft: "{time} left",
  stopTimer: "Stop the timer",
  timerDone: "Time is up. Notice how you feel now.",
  writeHeading: "What do you want to say?",
  writeText: "Write it here instead of sending it. It stays in this browser and is never sent.",
  noteLabel: "Your unsent message",
  keepNote: "Keep this note",
  noteKept: "Kept in this browser. It was not sent.",
  noteEmpty: "Write something first, or go on to the next step.",
  notesSummary: "Your unsent notes ({count})",
  /** When the note was written, before its text. */
  noteWritten: "Written {date}",
  deleteNote: "Delete this note",
  deleteHeading: "Delete this note?",
  deleteBody: "This note will be removed from this browser. This can't be undone.",
  deleteConfirm: "Delete it",
  deleteCancel: "Keep it",
  noteDeleted: "The note has been deleted.",
  callHeading: "Who could you call instead?",
  callText: "A friend, someone in your family, or a helpline. Talking to someone else can carry you past the urge.",
  peopleLabel: "Someone you could call",
  addPerson: "Add to my list",
  personAdded: "Added to your list.",
  removePerson: "Remove {name}",
  personRemoved: "Removed from your list.",
  noPeople: "Your list is empty. Add someone you trust.",
  helpLink: "Find a helpline",
  doneHeading: "What now?",
  doneText: "You took a pause instead of reaching out. If the urge has passed, you can count it.",
  countIt: "The urge passed: count it",
  /** The quiet count, shown only on this page. */
  passed: "Urges that passed: {count}.",
  counted: "Counted.",
  close: "Close",
  lessonLink: "Read the lesson on the urge to reach out",
  dayCounterLink: "Go to the day counter",
  again: "Start the pause again",
};
