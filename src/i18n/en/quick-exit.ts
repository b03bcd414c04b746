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
