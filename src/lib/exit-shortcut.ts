/** Shift presses needed to leave the site, as in GOV.UK's "Exit this page". */
export const EXIT_PRESSES = 3;
/** The presses must fall within this many milliseconds of the first. */
export const EXIT_WINDOW_MS = 5000;

/** How many Shift presses have been counted, and when the first came. */
export interface ShiftPresses {
  count: number;
  firstAt: number;
}

export const noShiftPresses: ShiftPresses = { count: 0, firstAt: 0 };

/** Counts a key press: Shift adds one, any other key (Escape too) starts again, and so does a late Shift. */
export function countKey(state: ShiftPresses, key: string, now: number): ShiftPresses {
  if (key !== "Shift") return noShiftPresses;
  if (state.count === 0 || now - state.firstAt > EXIT_WINDOW_MS) return { count: 1, firstAt: now };
  return { count: state.count + 1, firstAt: state.firstAt };
}

/** What the polite live region should say after a press: a code the quick exit words from the catalogue. */
export type ExitProgress = { readonly code: "exiting" } | { readonly code: "press-more"; readonly remaining: number };

/** Where the reader is after `count` Shift presses: leaving now, or how many presses are left. */
export function exitProgress(count: number): ExitProgress {
  const remaining = EXIT_PRESSES - count;
  return remaining <= 0 ? { code: "exiting" } : { code: "press-more", remaining };
}
