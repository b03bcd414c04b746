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

export const siteFooter = {
  /** The footer navigation's accessible name. */
  navLabel: "Site",
  allLessons: "All lessons",
  search: "Search",
  reflections: "My reflections",
  help: "Get help",
  safety: "Staying safe",
  topTips: "Top tips to print",
  disclaimer: "This course is general information, not an emergency service, legal advice or a helpline. If you are in danger, call your local emergency number.",
  privacy: "No Contact keeps nothing about you: your progress and notes stay in this browser only.",
};

export const baseLayout = {
  skipLink: "Skip to main content",
};

export const lessonPage = {
  /** Above each lesson's title. */
  position: "Lesson {number} of {total}",
};

export const lessonNav = {
  /** The previous/next navigation's accessible name. */
  navLabel: "Lessons",
  /** Small line above the previous lesson's title. */
  previous: "Previous",
  /** Small line above the next lesson's title. */
  next: "Next",
  /** Small line above the link home, on the last lesson. */
  finished: "Finished",
  backToAll: "Back to all lessons",
};

export const lessonQuestions = {
  heading: "Questions this lesson answers",
};

export const keyPoints = {
  heading: "Key points",
};

export const lessonSources = {
  heading: "Sources",
  leaving: "These links leave this course for other sites, and show in your browser history.",
  /** {date} is the month and year, formatted with Intl. */
  reviewed: "Last reviewed {date}",
};

export const safetyNote = {
  /** The callout's accessible name. */
  label: "Safety",
  title: "Your safety comes first",
};

export const dangerNow = {
  heading: "If you are in danger now",
  /** {numbers} is the list of emergency numbers with their countries. */
  callEmergency: "Call your local emergency number: {numbers}.",
  notEmergencyService: "This course is not an emergency service.",
  helpLink: "Find helplines near you",
};

export const emergencyNumbers = {
  /** Between two emergency numbers one country shares (Ireland has two). */
  or: "or",
};

export const silentCalls = {
  /** Before the country's own words on how to call without speaking. */
  where: "In the {country}:",
};

export const crisisLines = {
  intro: "If you are thinking about suicide or hurting yourself, call a crisis line:",
};

export const helplineDirectory = {
  contentsLabel: "Go to your country:",
  /** The accessible name of one service's list of numbers. */
  waysLabel: "Ways to contact {service}",
  call: "Call {number}",
  text: "Text {number}",
  /** A text that must start with a given word. */
  textWord: "Text {word} to {number}",
  /** A textphone number, for deaf or hard-of-hearing callers. */
  tty: "TTY {number}",
  /** {date} is the month and year; {site} links to the page the number was read on. */
  checked: "Checked {date} on {site}.",
};

export const topTipsSheet = {
  heading: "Top tips to keep close",
  intro: "The most useful lines from the course on one page. If you print it, keep it somewhere private, where only you will see it.",
  printHint: "To print it, use the button below, or your browser's Print command (Ctrl+P, or ⌘P on a Mac).",
  dangerHeading: "If you are in danger now",
  callEmergency: "Call your emergency number: {numbers}.",
  /** Before each country's main helpline number. */
  helplines: "Helplines:",
  /** {link} is the link to the help page, followed by its printed address when SITE_URL is set. */
  moreHelp: "More on {link}.",
  helpLink: "the help page",
  /** Under each section: where its lines come from. */
  fromLesson: "From lesson {number}: {title}",
  footnote: "General information from the free No Contact course. It does not replace a helpline, a lawyer or the police.",
  whenToCallForHelp: "When to call for help",
  yourSafetyPlan: "Your safety plan",
  noContactChecklist: "Your no-contact checklist",
  whenTheUrgeComes: "When the urge to contact them comes",
  takingBackControl: "Taking back control",
};

export const lessonList = {
  /** After a finished lesson's title. */
  completed: "(completed)",
};

export const homePage = {
  description: "A free, private course for people leaving a manipulative or abusive partner: how to go no contact and stay there, one short lesson at a time.",
  heading: "No Contact: a course for leaving and staying gone",
  lead: "A free course for leaving a partner who hurt, controlled or used you, and staying gone: {count} short lessons, at your own pace.",
  /** {link} is helpLink. */
  danger: "In danger now? Call your local emergency number, or {link}.",
  helpLink: "find a helpline",
  privacy: "Nothing you do here is sent anywhere: your progress and notes stay in this browser, on this device.",
};

export const helpPage = {
  title: "Get help",
  description: "Emergency numbers and domestic abuse helplines in the UK, US, Australia, Ireland, New Zealand, Canada and Europe, with what each is for.",
  heading: "Get help",
  dangerHeading: "If you are in danger right now",
  helplinesHeading: "About helplines",
  /** {date} is the month and year of the oldest check. */
  checked: "Numbers last checked in {date}. Numbers and hours can change, so check the service's own website if you can.",
};

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
  printTrace: "A printed sheet, or one saved as a PDF",
  clipboardTrace: "Words you copy",
  passwordTrace: "Saved passwords and form entries",
  exitTrace: "The everyday website the quick exit opens",
};

export const topTipsPage = {
  title: "Top tips",
  description: "One printable page of the course's top tips: when to call for help, your safety plan, the no-contact checklist, what to do when the urge comes, and taking back control.",
};

export const notFoundPage = {
  title: "Page not found",
  description: "This page could not be found.",
  heading: "We couldn't find that page",
  reassurance: "The link may be old, or the address may have a small typo. That's all right; nothing you saved here has been lost.",
  lessonsLink: "Go to the list of lessons",
  searchLink: "Search the course",
  danger: "If you are in danger right now, call your local emergency number.",
export const safetyPlan = {
  /** The page's title and heading. */
  pageTitle: "My safety plan",
  pageDescription: "Write down your own safety plan, kept only in this browser, and print it on one or two pages.",
  intro: "Write down what you will do if things get worse. Every part is optional: fill in what helps, in your own words. It is kept only in this browser, on this device, and saved as you type.",
  /** Before the link to the help page. */
  adviserBefore: "A plan is best made with a helpline adviser, who has helped many people in your position. You can find one on",
  adviserLink: "the help page",
  /** Shown instead of the tool when scripts are off. */
  needsScripts: "Your browser is not running scripts. Your plan is kept inside the browser, so writing it here needs scripts.",
  /** Before the lesson's key points, when scripts are off. */
  guidanceBefore: "Until then, here is what the lesson",
  guidanceAfter: "says a plan holds:",
  titleLabel: "Title of your printed plan",
  titleHint: "It heads the printed sheet. Pick something only you would understand, if you like.",
  /** The printed title when the reader leaves the title box empty. */
  defaultTitle: "My plan",
  peopleHeading: "People I trust and our code word",
  trustedPeopleLabel: "Who I trust, and how I reach them",
  codeWordLabel: "Our code word, and what they do when they hear it",
  placesHeading: "Safe places I can go",
  safePlacesLabel: "Where I can go, and how I get there",
  readyHeading: "What I keep ready",
  readyDocuments: "Documents: ID or passport, birth certificates, bank cards, court papers",
  readyKeys: "Keys",
  readyMoney: "Money",
  readyMedicines: "Medicines",
  readyPhone: "Phone and charger",
  readyChildren: "Children's things",
  ownItemLabel: "Something else to keep ready",
  addItem: "Add to the list",
  /** The accessible name of the button that removes one of the reader's own items. */
  removeItem: "Remove “{item}”",
  readyWhereLabel: "Where I keep them",
  doorHeading: "If they come to the door or follow me",
  atTheDoorLabel: "What I will do",
  childrenHeading: "My children's plan",
  childrenSchoolLabel: "School or nursery, and what they have been told",
  childrenCollectLabel: "Who may collect them, and who may not",
  phoneHeading: "Phone and account steps done",
  /** Before the link to the phone lesson. */
  phoneIntro: "Tick each step once it is done. The steps come from the lesson",
  /** Beside a ticked step the lesson no longer words this way. */
  phoneOldStep: "(ticked before the lesson changed its wording)",
  numbersHeading: "Numbers I need",
  countryLabel: "My country",
  countryNone: "Choose a country",
  countryHint: "Shows the emergency number and helplines for the country you choose, from the help page.",
  emergencyLabel: "Emergency",
  silentLabel: "If I can't speak",
  helplinesLabel: "Helplines",
  call: "Call {number}",
  text: "Text {number}",
  textWord: "Text {word} to {number}",
  tty: "TTY {number}",
  ownNumbersHeading: "My own numbers",
  ownNameLabel: "Who",
  ownNumberLabel: "Number",
  addNumber: "Add a number",
  /** The accessible name of the button that removes one of the reader's own numbers. */
  removeNumber: "Remove number {position}",
  printHeading: "Print your plan",
  printHint:
    "The printed sheet shows only your title, today's date and what you wrote: no site name or address unless you choose it. In the print window, turn off “Headers and footers” too. Keep the paper where your ex won't find it.",
  showSiteLabel: "Also print this site's name and address",
  printButton: "Print my plan",
  /** Under the printed title. */
  printedOn: "Printed {date}",
  /** At the foot of the sheet when the reader chose to print the site's name. */
  printedFrom: "From {site}",
  eraseHeading: "Erase your plan",
  eraseBody: "This removes your plan from this browser. It can't be undone.",
  eraseButton: "Erase my plan",
  eraseConfirmHeading: "Erase your safety plan?",
  eraseConfirmBody: "Everything you wrote and ticked on this page will be removed from this browser. This can't be undone. To keep a copy, print it first.",
  eraseConfirm: "Erase it",
  eraseCancel: "Keep it",
  erased: "Your plan has been erased from this browser.",
  erasedElsewhere: "Your plan was erased from another page, so this page cleared it too.",
  saved: "Saved on this device",
  blocked:
    "This browser is not letting the site store anything (it may be a private window, or storage is turned off). You can still fill in and print your plan, but it won't be kept after you leave this page.",
  full: "Not saved: this browser's storage is full. What you wrote is still on this page: print it to keep it.",
  newer: "Your plan was saved by a newer version of this site. This page can't read it, so it leaves it as it is and saves nothing over it.",
  failed: "Not saved: the browser refused to store it. What you wrote is still on this page.",
  /** Shown when some of the stored plan could not be read. */
  damaged: "Some of your saved plan could not be read, so it is not shown here. Everything else is. The unreadable part is kept aside when you next save, and the safety page lets you download or erase it.",
};
