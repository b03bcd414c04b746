export const locale = {
  /** The BCP 47 tag for `<html lang>` and for formatting dates and numbers with `Intl`. */
  lang: "en-GB",
  /** The folder under src/content/prose/ holding this language's explanatory passages (content, not catalogue). */
  content: "en",
};
