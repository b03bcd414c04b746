import type { Progress } from "./storage/progress-store";

/** The home page's one primary action, and the lesson it opens. */
export type NextStep =
  /** Nothing finished or opened yet: begin with the first lesson. */
  | { kind: "start"; slug: string }
  /** Pick up where the reader is. */
  | { kind: "continue"; slug: string }
  /** Every lesson is finished: read the course again from the first lesson. */
  | { kind: "again"; slug: string };

/**
 * Where "Continue" goes. One rule, in this order:
 * 1. every lesson finished: read again from the first;
 * 2. the lesson the reader opened last, if it is still in the course and not finished;
 * 3. the first unfinished lesson after the last finished one (in course order), or else the first unfinished;
 * 4. nothing finished or opened: start with the first lesson.
 * Slugs no longer in the course (retired lessons) are ignored. Returns undefined for an empty course.
 */
export function nextStep(progress: Progress, courseSlugs: readonly string[]): NextStep | undefined {
  const first = courseSlugs[0];
  if (first === undefined) return undefined;
  const finished = (slug: string) => slug in progress.completed;
  const unfinished = courseSlugs.filter((slug) => !finished(slug));
  if (unfinished.length === 0) return { kind: "again", slug: first };

  const lastOpened = progress.lastOpened;
  if (lastOpened !== null && courseSlugs.includes(lastOpened) && !finished(lastOpened)) {
    return { kind: "continue", slug: lastOpened };
  }

  const lastFinished = courseSlugs.findLastIndex(finished);
  if (lastFinished === -1) return { kind: "start", slug: first };
  const after = courseSlugs.slice(lastFinished + 1).find((slug) => !finished(slug));
  return { kind: "continue", slug: after ?? unfinished[0] ?? first };
}
