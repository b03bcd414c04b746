export const toolPages = {
  /** The /tools/ page's title and heading. */
  indexTitle: "Tools for the hard days",
  indexDescription: "Small private tools that help you keep no contact: nothing you enter leaves this browser.",
  indexIntro: "Small tools to use alongside the lessons. Anything you enter stays in this browser, on this device, and is never sent anywhere.",
  /** The line on the home page that links to /tools/. */
  homeLink: "Tools for the hard days",
  homeLinkAfter: ": small private tools to use alongside the lessons.",
  /** The /tools/ list's line for each tool whose page has its own namespace (its title comes from there). */
  finalMessageSummary: "Put together a short, calm final message with the date and time contact stops, and keep a dated copy.",
  contactLogSummary: "A private, dated record of each time your ex contacts you, to export or print for the police or a court.",
  safetyPlanSummary: "Write down your own safety plan, kept only in this browser, and print it on one or two pages.",
  dayCounterTitle: "Day counter",
  dayCounterSummary: "Count the days since contact stopped, and start again without losing the days you already had.",
  pauseTitle: "Pause before you reach out",
  pauseSummary: "When you want to contact them: breathe, write it here instead, and think of someone to call.",
  /** Shown on a tool page to readers without JavaScript; the lesson link follows it. */
  needsScripts: "This tool needs JavaScript, which is turned off or blocked in this browser.",
  /** Before the link to the lesson with the same ideas. */
  lessonCovers: "The lesson covers the same ground:",
};
