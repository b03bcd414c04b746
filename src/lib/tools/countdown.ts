/**
 * The breathing timer's arithmetic. Time left is always worked out from when the timer started and the
 * clock now, never by counting ticks: a browser slows or stops timers in a background tab, and the count
 * must still be right when the reader comes back.
 */

/** The lengths the reader can choose, in minutes. */
export const timerMinutes = [1, 5, 10] as const;

export type TimerMinutes = (typeof timerMinutes)[number];

/** A running timer: when it started (ms since the epoch, from the injected clock) and how long it runs. */
export interface Countdown {
  startedAt: number;
  durationMs: number;
}

/** Where a countdown stands at `now`. */
export interface CountdownState {
  /** Whole seconds left, rounded up, so the display reaches 0:00 exactly when it ends. */
  secondsLeft: number;
  done: boolean;
}

export function startCountdown(minutes: TimerMinutes, now: number): Countdown {
  return { startedAt: now, durationMs: minutes * 60_000 };
}

export function countdownAt(countdown: Countdown, now: number): CountdownState {
  const leftMs = Math.max(0, countdown.startedAt + countdown.durationMs - Math.max(now, countdown.startedAt));
  return { secondsLeft: Math.ceil(leftMs / 1000), done: leftMs === 0 };
}

/** Seconds as minutes and seconds ("4:05"), digits only, so it reads the same in any language. */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
