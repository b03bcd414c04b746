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
