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

export const quickExit = {
  /** The exit link, on every page: a plain link that works before and without any script. */
  link: "Exit this page",
  /** Announced (politely) after a Shift press of the shortcut when one press is left. */
  pressOne: "Shift, press 1 more time to exit.",
  /** Announced after a Shift press when {remaining} presses (more than one) are left. */
  pressOther: "Shift, press {remaining} more times to exit.",
  /** Announced as the third Shift press leaves the page. */
  exiting: "Exiting this page.",
};

export const exitHint = {
  /** Before the link to the safety page's advice on history. */
  history: "Your history still lists the pages you visit here:",
  historyLink: "delete them, or use a private window",
  /** Shown only where the Shift×3 shortcut can work: scripts on and not a touch-only device. */
  shortcut: "You can also exit by pressing Shift 3 times.",
};

export const siteHeader = {
  /** The button that opens the header's search on phones; only its icon shows in a narrow band. */
  searchToggle: "Search",
};

export const siteSearchForm = {
  /** The header search box's visible label (hidden on wide screens, still its name). */
  label: "Search the course",
  /** Names the header search landmark, to tell it from a page's own search. */
  landmark: "Site",
  submit: "Search",
};

export const searchPage = {
  title: "Search",
  description: "Search the No Contact course in your own words.",
  heading: "Search the course",
  /** Before two of the example questions (searchResults), joined by `or`. */
  intro: "Type what is happening, in your own words. For example:",
  or: "or",
  allLessons: "All lessons",
};

export const searchResults = {
  /** The search page's box label. */
  label: "What would you like help with?",
  /** Names the search page's search landmark. */
  landmark: "Search the lessons",
  /** Shown only without JavaScript, above the list of every lesson. */
  needsJs: "Search needs JavaScript, and it is not running in this browser. Every lesson is listed below with what it covers.",
  searching: "Searching…",
  /** Starts the status when the danger panel shows above the results. */
  dangerFirst: "Emergency numbers are shown first.",
  resultsOne: "1 result for “{query}”.",
  resultsOther: "{count} results for “{query}”.",
  /** Status when nothing matched well; the block below says more. */
  nothing: "No results. Nothing matched “{query}” well.",
  unavailable: "Search could not load, so it can't look through the lessons right now. All the lessons are listed below.",
  /** A result's link: the lesson's number and title. */
  resultTitle: "Lesson {number}: {title}",
  nothingHeading: "No lesson covers “{query}” yet.",
  /** Before the example questions offered when nothing matched. */
  tryOtherWords: "Try other words, such as one of these questions:",
  /** Example questions in readers' own words, offered when nothing matched (and two in the page's intro). */
  exampleMoney: "he owes me money",
  exampleTexting: "my ex keeps texting me",
  exampleKids: "can I see my kids",
  exampleMissThem: "I miss them and want to call",
  browseBefore: "Or",
  browseLink: "browse all the lessons",
  helpBefore: "If you need someone to talk to,",
  helpLink: "the help page",
  helpAfter: "lists helplines.",
};

export const printButton = {
  label: "Print this page",
};
