import { storageKeys } from "./storage-keys";
import { createVersionedStore, isRecord, type StoreSchema } from "./versioned-store";
import { browserStorage } from "./browser-storage";
import { isCalendarDay } from "../tools/calendar-day";
import type { DayCounter, PastStreak } from "../tools/day-counter";

const DAY_COUNTER_VERSION = 1;

function isPastStreak(value: unknown): value is PastStreak {
  return isRecord(value) && isCalendarDay(value["start"]) && isCalendarDay(value["ended"]) && value["start"] <= value["ended"];
}

/** `nocontact:day-counter` (version 1): `{ start, past: [{ start, ended }] }`, salvaged streak by streak. */
export const dayCounterSchema: StoreSchema<DayCounter> = {
  key: storageKeys.dayCounter,
  version: DAY_COUNTER_VERSION,
  parse: (raw) => {
    const past = raw["past"] ?? [];
    if (!Array.isArray(past)) return undefined;
    const start = raw["start"] ?? null;
    const startValid = start === null || isCalendarDay(start);
    const kept = past.filter(isPastStreak).map(({ start: from, ended }) => ({ start: from, ended }));
    return { value: { start: startValid ? start : null, past: kept }, dropped: past.length - kept.length + (startValid ? 0 : 1) };
  },
  // No older version exists yet.
  migrate: () => undefined,
};

/** The day counter's store, for the page and the home line. */
export function createDayCounterStore(storage: () => Storage | undefined = browserStorage) {
  return createVersionedStore(dayCounterSchema, storage);
}
