import { CourseError } from "./course-order";

/** Where a lesson's key points sit on the top-tips sheet: the `topTips` field of its frontmatter. */
interface TopTipsPlace {
  /** The section's place on the sheet, 1 printed first. */
  place: number;
  /** The section heading on the sheet. */
  heading: string;
}

/** One part of the sheet, drawn from a lesson's key points. */
export interface TopTipsSection {
  /** Used as the section's id on the page (the lesson's slug). */
  id: string;
  heading: string;
  /** The lesson's slug, title and place in the course, for the "from lesson N" link. */
  lesson: { slug: string; title: string; number: number };
  points: readonly string[];
}

/** What the sheet needs from a lesson; matches Astro's collection entries. */
export interface TopTipsLesson {
  id: string;
  data: { title: string; keyPoints: readonly string[]; topTips?: TopTipsPlace | undefined };
}

/**
 * The sheet's sections: every lesson whose frontmatter names a `topTips` place, in the order of those
 * places, so the sheet changes when the lessons do. Throws a CourseError when no lesson is on the sheet
 * or the places repeat or leave a gap, so the build stops with a clear message.
 */
export function selectTopTips<T extends TopTipsLesson>(course: readonly T[]): TopTipsSection[] {
  const onSheet = course
    .map((lesson, index) => ({ lesson, number: index + 1, place: lesson.data.topTips }))
    .filter((entry): entry is typeof entry & { place: TopTipsPlace } => entry.place !== undefined)
    .sort((a, b) => a.place.place - b.place.place);
  const problems: string[] = [];
  if (onSheet.length === 0) problems.push("no lesson has `topTips` in its frontmatter");
  onSheet.forEach((entry, index) => {
    if (entry.place.place !== index + 1) {
      problems.push(`the lesson "${entry.lesson.id}" has place ${entry.place.place}, expected ${index + 1} (no repeats or gaps)`);
    }
  });
  if (problems.length > 0) throw new CourseError(`The top-tips sheet needs fixing:\n- ${problems.join("\n- ")}`);
  return onSheet.map(({ lesson, number, place }) => ({
    id: lesson.id,
    heading: place.heading,
    lesson: { slug: lesson.id, title: lesson.data.title, number },
    points: lesson.data.keyPoints,
  }));
}
