export const locale = {
  /** The BCP 47 tag for `<html lang>` and for formatting dates and numbers with `Intl`. */
  lang: "en-GB",
};
