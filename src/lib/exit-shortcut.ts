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

/** What the polite live region says after a press. */
export function announce(count: number): string {
  const remaining = EXIT_PRESSES - count;
  if (remaining <= 0) return "Exiting this page.";
  return `Shift, press ${remaining} more ${remaining === 1 ? "time" : "times"} to exit.`;
}
