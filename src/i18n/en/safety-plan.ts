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
