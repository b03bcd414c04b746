/**
 * Calendar days ("YYYY-MM-DD") in a named time zone. Counting days by calendar date, never by
 * 24-hour blocks, keeps "Day N" right across daylight-saving changes (23- and 25-hour days) and lets the
 * tests fix both the clock and the zone instead of depending on the machine's TZ.
 */

/** A calendar date as YYYY-MM-DD, with no time and no zone. */
export type CalendarDay = string;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Milliseconds at midnight UTC of `day` (UTC has no daylight saving, so days are all 24 hours long). */
function utcMidnight(day: CalendarDay): number {
  const [, year = "", month = "", date = ""] = dayPattern.exec(day) ?? [];
  return Date.UTC(Number(year), Number(month) - 1, Number(date));
}

/** True for a real date written YYYY-MM-DD (so "2026-02-30" is not one). */
export function isCalendarDay(value: unknown): value is CalendarDay {
  if (typeof value !== "string" || !dayPattern.test(value)) return false;
  const time = utcMidnight(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day `instant` falls on in `timeZone` (an IANA name such as "Europe/London"). */
export function dayInTimeZone(instant: Date, timeZone: string): CalendarDay {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", calendar: "iso8601", numberingSystem: "latn" });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${String(parts["year"]).padStart(4, "0")}-${parts["month"]}-${parts["day"]}`;
}

/** Whole calendar days from `from` to `to`: 1 from one day to the next, negative when `to` is earlier. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);
}

/** The calendar day `count` days after `day` (before it when negative). */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return new Date(utcMidnight(day) + count * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The reader's own time zone, as the browser reports it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
