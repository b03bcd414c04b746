/** A calendar day as a form's date field gives it: YYYY-MM-DD. */
export const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A time of day as a form's time field gives it: HH:MM (24-hour). */
export const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar day written YYYY-MM-DD (no 31 April, no 29 February outside leap years). */
export function isDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for a time of day written HH:MM. */
export function isTime(value: string): boolean {
  return timePattern.test(value);
}

/** The day `now` falls on in the reader's own time zone, as YYYY-MM-DD. */
export function localDayOf(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The time `now` shows on the reader's clock, as HH:MM. */
export function localTimeOf(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A form's day (and optional time) as a local Date, for formatting with Intl. Only call with valid values. */
export function localDate(day: string, time = "00:00"): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return new Date(year, month - 1, date, hours, minutes);
}

/** A day in words in the reader's language, e.g. "Sunday 29 November 2026" ("en-GB") or "Sunday, November 29, 2026" ("en"). */
export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full" }).format(localDate(day));
}

/** A time of day in the reader's language, e.g. "6:30 PM". */
export function formatTime(day: string, time: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: "short" }).format(localDate(day, time));
}

/** A moment (a saved copy's time stamp) with its day and time, in the reader's language. */
export function formatMoment(moment: Date, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }).format(moment);
}
