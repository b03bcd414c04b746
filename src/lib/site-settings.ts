/** Site-wide settings, set in one place. */
export const siteSettings = {
  /** The course's name, shown in the header and page titles. */
  name: "No Contact",
  /**
   * Where the quick exit goes: a neutral, everyday page. Change it here only;
   * the link, the Shift×3 shortcut and the tests all read it from this constant.
   */
  exitUrl: "https://www.bbc.co.uk/weather",
  /**
   * Stands in for the public address when SITE_URL isn't set, so the sitemap and robots.txt still
   * build. Never printed or linked for readers: set SITE_URL when deploying.
   */
  placeholderSite: "https://nocontact.example",
} as const;
