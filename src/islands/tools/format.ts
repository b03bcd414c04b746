import { locale } from "@ui-strings";
import type { CalendarDay } from "../../lib/tools/calendar-day";

/** A calendar day in words ("29 November 2026"), the same in every time zone. */
export function dayText(day: CalendarDay): string {
  return new Intl.DateTimeFormat(locale.intl, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** A moment in words, date and time, in the reader's own zone. */
export function momentText(iso: string): string {
  return new Intl.DateTimeFormat(locale.intl, { dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
}

/** Picks the singular or plural form of a catalogue string for `count`. */
export function plural(count: number, one: string, other: string): string {
  return new Intl.PluralRules(locale.intl).select(count) === "one" ? one : other;
}
