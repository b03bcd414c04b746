/**
 * English: every string the interface shows, by namespace (one part of the interface each). Lesson text is
 * content, not here. Components and scripts import their namespace from "@ui-strings", which the build
 * points at the site's locale, and read keys as `namespace.key` (the catalogue test looks for that form).
 */
export const locale = {
  /** The BCP 47 tag for `<html lang>` and for formatting dates and numbers with `Intl`. */
  lang: "en",
};
