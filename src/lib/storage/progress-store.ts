import { storageKeys } from "./storage-keys";
import { createVersionedStore, slugPattern, type StoreSchema } from "./versioned-store";
import { browserStorage, type WriteResult } from "./browser-storage";

/** The reader's progress, as stored under `nocontact:progress` (version 2). */
export interface Progress {
  /** Completed lesson slugs, each with the day it was completed (YYYY-MM-DD), or null if unknown. */
  completed: Record<string, string | null>;
  /** The slug of the lesson opened most recently, if any. */
  lastOpened: string | null;
}

export const emptyProgress: Progress = { completed: {}, lastOpened: null };

const PROGRESS_VERSION = 2;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function parseCompleted(raw: unknown): Progress["completed"] | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const completed: Progress["completed"] = {};
  for (const [slug, date] of Object.entries(raw)) {
    if (!slugPattern.test(slug)) return undefined;
    if (date !== null && !(typeof date === "string" && datePattern.test(date))) return undefined;
    completed[slug] = date;
  }
  return completed;
}

function parseLastOpened(raw: unknown): string | null | undefined {
  if (raw === null || raw === undefined) return null;
  return typeof raw === "string" && slugPattern.test(raw) ? raw : undefined;
}

export const progressSchema: StoreSchema<Progress> = {
  key: storageKeys.progress,
  version: PROGRESS_VERSION,
  parse: (raw) => {
    const completed = parseCompleted(raw["completed"]);
    const lastOpened = parseLastOpened(raw["lastOpened"]);
    return completed && lastOpened !== undefined ? { completed, lastOpened } : undefined;
  },
  // Version 1 kept a plain list of completed slugs, without dates.
  migrate: (raw, fromVersion) => {
    const list = raw["completed"];
    if (fromVersion !== 1 || !Array.isArray(list) || !list.every((slug) => typeof slug === "string" && slugPattern.test(slug))) {
      return undefined;
    }
    return { completed: Object.fromEntries(list.map((slug: string) => [slug, null])), lastOpened: null };
  },
};

/** Today's date as YYYY-MM-DD in the reader's own time zone. */
export function localDay(now: Date): string {
  return now.toLocaleDateString("en-CA");
}

/** Reads and changes the reader's progress. Every change re-reads storage first, so other tabs' changes are kept. */
export function createProgressStore(storage: () => Storage | undefined = browserStorage) {
  const store = createVersionedStore(progressSchema, storage);

  const update = (change: (progress: Progress) => Progress): WriteResult => store.update(change, emptyProgress);

  return {
    read: store.read,
    subscribe: store.subscribe,
    reset: () => store.remove(),
    setComplete: (slug: string, complete: boolean, now = new Date()) =>
      update((progress) => {
        const { [slug]: _previous, ...others } = progress.completed;
        return { ...progress, completed: complete ? { ...others, [slug]: localDay(now) } : others };
      }),
    markOpened: (slug: string) => update((progress) => ({ ...progress, lastOpened: slug })),
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The completed lessons that still exist, in course order; retired or unknown slugs never count. */
export function completedInCourse(progress: Progress, courseSlugs: readonly string[]): string[] {
  return courseSlugs.filter((slug) => slug in progress.completed);
}

/** Where "Continue" should take the reader: the first unfinished lesson, or undefined when all are done. */
export function firstUnfinished(progress: Progress, courseSlugs: readonly string[]): string | undefined {
  return courseSlugs.find((slug) => !(slug in progress.completed));
}
