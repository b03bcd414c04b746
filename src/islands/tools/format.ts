import type { CalendarDay } from "../../lib/tools/calendar-day";

/** The page's language for Intl: <html lang> (the catalogue's tag); the runtime's default while the server renders. */
const pageLang = (): string | undefined => globalThis.document?.documentElement.lang || undefined;

/** A calendar day in words ("29 November 2026"), the same in every time zone. */
export function dayText(day: CalendarDay): string {
  return new Intl.DateTimeFormat(pageLang(), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

/** A moment in words, date and time, in the reader's own zone. */
export function momentText(iso: string): string {
  return new Intl.DateTimeFormat(pageLang(), { dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
}

/** Picks the singular or plural form of a catalogue string for `count`. */
export function plural(count: number, one: string, other: string): string {
  return new Intl.PluralRules(pageLang()).select(count) === "one" ? one : other;
}
