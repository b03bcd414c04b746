import { storageKeys } from "./storage-keys";
import { createVersionedStore, isRecord, slugPattern, type Salvaged, type StoreSchema } from "./versioned-store";
import { browserStorage, type WriteResult } from "./browser-storage";

/** The reader's progress, as stored under `nocontact:progress` (version 2). */
export interface Progress {
  /**
   * Completed lesson slugs, each with the day it was completed (YYYY-MM-DD, or an ISO 8601 timestamp
   * as other versions may have written), or null if unknown.
   */
  completed: Record<string, string | null>;
  /**
   * The lesson opened last, so Home can continue there; null if none. Recorded only while some progress is
   * already stored: opening a lesson never creates storage on its own (see `markOpened`).
   */
  lastOpened: string | null;
}

export const emptyProgress: Progress = { completed: {}, lastOpened: null };

const PROGRESS_VERSION = 2;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** A completion date as stored: null, a day (YYYY-MM-DD) or an ISO 8601 timestamp, and a real date. */
export function isCompletionDate(date: unknown): date is string | null {
  if (date === null) return true;
  if (typeof date !== "string" || !(dayPattern.test(date) || timestampPattern.test(date))) return false;
  return !Number.isNaN(Date.parse(date));
}

/** The valid completions in a stored map, dropping only the invalid ones; undefined if it is not a map. */
export function parseCompleted(raw: unknown): Salvaged<Progress["completed"]> | undefined {
  if (!isRecord(raw)) return undefined;
  const completed: Progress["completed"] = {};
  let dropped = 0;
  for (const [slug, date] of Object.entries(raw)) {
    if (slugPattern.test(slug) && isCompletionDate(date)) completed[slug] = date;
    else dropped++;
  }
  return { value: completed, dropped };
}

export const progressSchema: StoreSchema<Progress> = {
  key: storageKeys.progress,
  version: PROGRESS_VERSION,
  parse: (raw) => {
    const completed = parseCompleted(raw["completed"]);
    if (!completed) return undefined;
    const opened = raw["lastOpened"] ?? null;
    const lastOpenedValid = opened === null || (typeof opened === "string" && slugPattern.test(opened));
    return {
      value: { completed: completed.value, lastOpened: lastOpenedValid ? opened : null },
      dropped: completed.dropped + (lastOpenedValid ? 0 : 1),
    };
  },
  // Version 1 kept a plain list of completed slugs, without dates.
  migrate: (raw, fromVersion) => {
    const list = raw["completed"];
    if (fromVersion !== 1 || !Array.isArray(list)) return undefined;
    const slugs = list.filter((slug): slug is string => typeof slug === "string" && slugPattern.test(slug));
    return { value: { completed: Object.fromEntries(slugs.map((slug) => [slug, null])), lastOpened: null }, dropped: list.length - slugs.length };
  },
};

/** Today's date as YYYY-MM-DD in the reader's own time zone. */
export function localDay(now: Date): string {
  return now.toLocaleDateString("en-CA");
}

/**
 * The progress with one lesson marked complete (today) or not, and that lesson as the one opened last (the
 * reader is on it): a change to one entry, re-applied to the latest value.
 */
export function withCompletion(progress: Progress, slug: string, complete: boolean, now: Date): Progress {
  const { [slug]: _previous, ...others } = progress.completed;
  return { completed: complete ? { ...others, [slug]: localDay(now) } : others, lastOpened: slug };
}

/** Reads and changes the reader's progress. Every change runs under the key's lock and re-reads first, so other tabs' changes are kept. */
export function createProgressStore(storage: () => Storage | undefined = browserStorage) {
  const store = createVersionedStore(progressSchema, storage);
  return {
    read: store.read,
    subscribe: store.subscribe,
    reset: () => store.remove(),
    setComplete: (slug: string, complete: boolean, now = new Date()): Promise<WriteResult> =>
      store.update((progress) => withCompletion(progress, slug, complete, now), emptyProgress),
    /**
     * Remembers the lesson being read, for "Continue", but only in progress the reader already saved:
     * reading alone never creates storage (so after "Erase everything", nothing is written until they act),
     * and a damaged or newer value is never written over by a visit.
     */
    markOpened: (slug: string): Promise<void> =>
      store.transaction((tx) => {
        const found = tx.read();
        if (found.status === "ok" && !found.damaged && found.value.lastOpened !== slug) {
          tx.write({ ...found.value, lastOpened: slug });
        }
      }),
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The completed lessons that still exist, in course order; retired or unknown slugs never count. */
export function completedInCourse(progress: Progress, courseSlugs: readonly string[]): string[] {
  return courseSlugs.filter((slug) => slug in progress.completed);
}
