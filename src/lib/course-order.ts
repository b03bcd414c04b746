import type { LessonData } from "./lesson-schema";

/** What the course needs from one collection entry; matches Astro's entry shape. */
export interface LessonEntry {
  /** The slug (file name without extension). */
  id: string;
  /** Where the lesson lives, for error messages. */
  filePath?: string | undefined;
  /** Validated frontmatter. */
  data: LessonData;
  /** Raw MDX body, checked for links. */
  body?: string | undefined;
}

/** A problem in the lesson files that must stop the build. */
export class CourseError extends Error {
  override name = "CourseError";
}

const lessonLinkPattern = /<LessonLink\s+to=["']([^"']+)["']/g;
const rawSiteLinkPattern = /\]\(\/[^)]*\)|<a\s[^>]*href=["']\/[^"']*["']/g;

/** The lesson slugs an MDX body links to with `<LessonLink to="…">`. */
export function findLessonLinks(body: string): string[] {
  return [...body.matchAll(lessonLinkPattern)].map((match) => match[1] ?? "");
}

function fileOf(entry: LessonEntry): string {
  return entry.filePath ?? `${entry.id}.mdx`;
}

/**
 * Sorts lessons into course order and checks what the schema alone cannot:
 * orders run 1..N with no repeats or gaps, and every lesson link names a real lesson.
 * Throws a CourseError naming the file at fault.
 */
export function orderCourse<T extends LessonEntry>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  const problems: string[] = [];
  const firstWithOrder = new Map<number, T>();
  for (const entry of sorted) {
    const first = firstWithOrder.get(entry.data.order);
    if (first) problems.push(`${fileOf(entry)}: order ${entry.data.order} is also used by ${fileOf(first)}`);
    else firstWithOrder.set(entry.data.order, entry);
  }
  const gapIndex = sorted.findIndex((entry, index) => entry.data.order !== index + 1);
  const gap = sorted[gapIndex];
  if (problems.length === 0 && gap) {
    problems.push(`${fileOf(gap)}: order ${gap.data.order} leaves a gap (expected ${gapIndex + 1})`);
  }
  const slugs = new Set(entries.map((entry) => entry.id));
  for (const entry of sorted) {
    const body = entry.body ?? "";
    for (const target of findLessonLinks(body)) {
      if (!slugs.has(target)) problems.push(`${fileOf(entry)}: <LessonLink to="${target}"> names no lesson`);
    }
    for (const raw of body.match(rawSiteLinkPattern) ?? []) {
      problems.push(`${fileOf(entry)}: ${raw} is a raw site link; use <LessonLink> or <PageLink> so sub-path hosting works`);
    }
  }
  if (problems.length > 0) throw new CourseError(`Lesson files need fixing:\n- ${problems.join("\n- ")}`);
  return sorted;
}

/** Where a lesson sits in the course: "Lesson 2 of 20" and its neighbours. */
export interface CoursePosition<T> {
  number: number;
  total: number;
  previous: T | undefined;
  next: T | undefined;
}

/** The position of `slug` in an ordered course. */
export function positionOf<T extends { id: string }>(course: readonly T[], slug: string): CoursePosition<T> {
  const index = course.findIndex((entry) => entry.id === slug);
  if (index === -1) throw new CourseError(`No lesson has the slug "${slug}"`);
  return { number: index + 1, total: course.length, previous: course[index - 1], next: course[index + 1] };
}
