export const locale = {
  /** The BCP 47 tag for `<html lang>`: the language, which Pagefind's stemming and screen readers go by (site contract). */
  lang: "en",
  /** The BCP 47 tag `Intl` formats dates and times with: British English ("29 November 2026"), the course being UK-first. */
  intl: "en-GB",
  /** The folder under src/content/prose/ holding this language's explanatory passages (content, not catalogue). */
  content: "en",
};
