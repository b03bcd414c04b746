import { daysBetween, isCalendarDay, type CalendarDay } from "./calendar-day";

/** A run of days without contact that ended when the reader made contact. */
export interface PastStreak {
  /** The first day without contact. */
  start: CalendarDay;
  /** The day the reader made contact and started again; it is day 1 of the next streak, not part of this one. */
  ended: CalendarDay;
}

/** The counter as the reader set it. */
export interface DayCounter {
  /** The day the current run without contact began, or null when no counter is set. */
  start: CalendarDay | null;
  /** Earlier runs, oldest first. Kept until the reader chooses "Clear history". */
  past: PastStreak[];
}

export const emptyDayCounter: DayCounter = { start: null, past: [] };

/** Why a start date was refused. */
export type StartProblem = "invalid" | "future" | "before-last-streak";

/** The outcome of setting the start date: the new counter, or why not. */
export type StartResult = { ok: true; counter: DayCounter } | { ok: false; problem: StartProblem };

/**
 * "Day N" on `today`: the start day is day 1. A start after today (the reader moved to a time zone
 * behind the one they set it in) still reads day 1, never 0 or less.
 */
export function dayNumber(start: CalendarDay, today: CalendarDay): number {
  return Math.max(1, daysBetween(start, today) + 1);
}

/** Days without contact in a past streak: up to, not including, the day contact happened. */
export function streakDays(streak: PastStreak): number {
  return Math.max(0, daysBetween(streak.start, streak.ended));
}

/** The latest day a new start may not come before: the end of the last past streak, if any. */
function lastEnded(counter: DayCounter): CalendarDay | undefined {
  return counter.past.reduce<CalendarDay | undefined>((latest, streak) => (latest === undefined || streak.ended > latest ? streak.ended : latest), undefined);
}

/** Sets (or corrects) the day the current run began. It can't be in the future or overlap a past streak. */
export function setStart(counter: DayCounter, day: string, today: CalendarDay): StartResult {
  if (!isCalendarDay(day)) return { ok: false, problem: "invalid" };
  if (day > today) return { ok: false, problem: "future" };
  const floor = lastEnded(counter);
  if (floor !== undefined && day < floor) return { ok: false, problem: "before-last-streak" };
  return { ok: true, counter: { ...counter, start: day } };
}

/**
 * "I made contact — start again": the current run joins the history and a new one begins today.
 * A run that began today has no full day to keep, so it simply goes on from today.
 */
export function startAgain(counter: DayCounter, today: CalendarDay): DayCounter {
  const start = counter.start;
  if (start === null || start >= today) return { ...counter, start: today };
  return { start: today, past: [...counter.past, { start, ended: today }] };
}

/** "Clear history": forgets past streaks; the current count goes on. */
export function clearHistory(counter: DayCounter): DayCounter {
  return { ...counter, past: [] };
}

/** Milestones, shown as plain text once reached. */
export const milestones = [
  { id: "week", days: 7 },
  { id: "month", days: 30 },
  { id: "hundred", days: 100 },
  { id: "year", days: 365 },
] as const;

export type MilestoneId = (typeof milestones)[number]["id"];

/** What the page shows for a set counter. */
export interface CounterSummary {
  /** Today's day number in the current run. */
  day: number;
  /** The longest run, the current one included, in days. */
  longest: number;
  /** Every day without contact across all runs, today included. */
  total: number;
  /** The milestones the current run has reached, smallest first. */
  reached: MilestoneId[];
  /** Past runs, newest first, with their length. */
  past: (PastStreak & { days: number })[];
}

/** The counter in numbers for `today`, or undefined when no counter is set. */
export function summarise(counter: DayCounter, today: CalendarDay): CounterSummary | undefined {
  if (counter.start === null) return undefined;
  const day = dayNumber(counter.start, today);
  const past = counter.past.map((streak) => ({ ...streak, days: streakDays(streak) })).reverse();
  const pastDays = past.map((streak) => streak.days);
  return {
    day,
    longest: Math.max(day, ...pastDays),
    total: pastDays.reduce((sum, days) => sum + days, day),
    reached: milestones.filter((milestone) => day >= milestone.days).map((milestone) => milestone.id),
    past,
  };
}
