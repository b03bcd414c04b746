/** How long a lesson's review stays current: NHS and GOV.UK review health and safety pages at least yearly. */
export const REVIEW_VALID_MONTHS = 12;

/** "November 2026" in English: the month and year in the page's language `lang` (in UTC, so a build's time zone can't shift the month). */
export function monthYear(date: Date, lang: string): string {
  return date.toLocaleDateString(lang, { month: "long", year: "numeric", timeZone: "UTC" });
}

/** The last day a review done on `reviewed` still counts as current. */
export function reviewDueBy(reviewed: Date, months = REVIEW_VALID_MONTHS): Date {
  const due = new Date(reviewed);
  due.setUTCMonth(due.getUTCMonth() + months);
  return due;
}

/** True when the review is older than `months` on the day `now`. */
export function isReviewStale(reviewed: Date, now: Date, months = REVIEW_VALID_MONTHS): boolean {
  return now.getTime() > reviewDueBy(reviewed, months).getTime();
}
