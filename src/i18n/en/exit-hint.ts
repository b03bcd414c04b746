export const exitHint = {
  /** Before the link to the safety page's advice on history. */
  history: "Your history still lists the pages you visit here:",
  historyLink: "delete them, or use a private window",
  /** Shown only where the Shift×3 shortcut can work: scripts on and not a touch-only device. */
  shortcut: "You can also exit by pressing Shift 3 times.",
};
