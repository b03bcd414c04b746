import { CourseError } from "./course";

/** The sheet's sections; each id is the section's id on the page, and the sheet's component gives it a heading from the catalogue. */
export type TopTipsSectionId = "when-to-call-for-help" | "your-safety-plan" | "no-contact-checklist" | "when-the-urge-comes" | "taking-back-control";

/** Where one part of the top-tips sheet comes from. */
export interface TopTipsSource {
  /** Which section: its id on the page, and the key of its heading. */
  id: TopTipsSectionId;
  /** The lesson whose key points fill the section. */
  lessonSlug: string;
}

/** One part of the sheet, drawn from a lesson's key points. */
export interface TopTipsSection {
  id: TopTipsSectionId;
  /** The lesson's slug, title and place in the course, for the "from lesson N" link. */
  lesson: { slug: string; title: string; number: number };
  points: readonly string[];
}

/** What the sheet needs from a lesson; matches Astro's collection entries. */
export interface TopTipsLesson {
  id: string;
  data: { title: string; keyPoints: readonly string[] };
}

/**
 * The sheet's sections, in the order they are printed: most urgent first (when to call for help, then
 * the safety plan), healing last. Each draws from a lesson's key points, so the sheet changes when the
 * lessons do. Rename a lesson's slug here too.
 */
export const topTipsSources: readonly TopTipsSource[] = [
  { id: "when-to-call-for-help", lessonSlug: "harassment-and-the-police" },
  { id: "your-safety-plan", lessonSlug: "staying-safe-as-you-leave" },
  { id: "no-contact-checklist", lessonSlug: "establishing-no-contact" },
  { id: "when-the-urge-comes", lessonSlug: "the-urge-to-reach-out" },
  { id: "taking-back-control", lessonSlug: "taking-back-control" },
];

/**
 * Picks each source's lesson from the course (in course order) and takes its key points.
 * Throws a CourseError naming every missing lesson, so the build stops with a clear message.
 */
export function selectTopTips<T extends TopTipsLesson>(
  course: readonly T[],
  sources: readonly TopTipsSource[] = topTipsSources,
): TopTipsSection[] {
  const problems: string[] = [];
  const sections: TopTipsSection[] = [];
  for (const source of sources) {
    const index = course.findIndex((lesson) => lesson.id === source.lessonSlug);
    const lesson = course[index];
    if (!lesson) {
      problems.push(`The section "${source.id}" draws from the lesson "${source.lessonSlug}", but no lesson has that slug`);
      continue;
    }
    if (lesson.data.keyPoints.length === 0) {
      problems.push(`The section "${source.id}" draws from the lesson "${source.lessonSlug}", but it has no keyPoints`);
      continue;
    }
    sections.push({
      id: source.id,
      lesson: { slug: lesson.id, title: lesson.data.title, number: index + 1 },
      points: lesson.data.keyPoints,
    });
  }
  if (problems.length > 0) {
    throw new CourseError(`The top-tips sheet (src/lib/top-tips.ts) needs fixing:\n- ${problems.join("\n- ")}`);
  }
  return sections;
}
