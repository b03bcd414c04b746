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
};
