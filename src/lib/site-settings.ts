/** Site-wide settings, set in one place. */
export const siteSettings = {
  /** The course's name, shown in the header and page titles. */
  name: "No Contact",
  /**
   * Where the quick exit goes: a neutral, everyday page. Change it here only;
   * the link, the Shift×3 shortcut and the tests all read it from this constant.
   */
  exitUrl: "https://www.bbc.co.uk/weather",
} as const;
