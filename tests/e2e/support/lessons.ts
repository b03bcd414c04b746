import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectDir } from "../../../tooling/built-site.ts";
import { readLessonText } from "../../../tooling/content-checks/lesson-text.ts";
import { fixtureLessonsDir } from "../../../tooling/fixture-course.ts";
import { lessonSchema, type LessonData } from "../../../src/lib/lesson-schema";

const lessonsDir = join(projectDir, "src", "content", "lessons");

/** A lesson's frontmatter, read and validated from `<dir>/<slug>.mdx`. */
function readLesson(dir: string, slug: string): LessonData {
  return lessonSchema.parse(readLessonText(readFileSync(join(dir, `${slug}.mdx`), "utf8")).frontmatter);
}

/**
 * A lesson's frontmatter, read from its MDX file, so tests expect what the lesson says today
 * instead of a copy that goes stale when a writer edits it.
 */
export function lessonData(slug: string): LessonData {
  return readLesson(lessonsDir, slug);
}

/** One lesson as the tests read it: its slug and frontmatter. */
export interface LessonFile {
  slug: string;
  data: LessonData;
}

/** Every lesson in a folder, in course order. */
function lessonsIn(dir: string): LessonFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.slice(0, -".mdx".length))
    .map((slug) => ({ slug, data: readLesson(dir, slug) }))
    .sort((a, b) => a.data.order - b.data.order);
}

/** Every real lesson, in course order, read from src/content/lessons/. */
export function courseLessons(): LessonFile[] {
  return lessonsIn(lessonsDir);
}

/** The fixture course's lessons (tests/fixtures/course/), in course order. */
export function fixtureLessons(): LessonFile[] {
  return lessonsIn(join(projectDir, fixtureLessonsDir));
}

/** The text of a lesson's reflection prompt, by its id. */
export function reflectionPrompt(slug: string, id: string): string {
  const prompt = lessonData(slug).reflections.find((reflection) => reflection.id === id)?.prompt;
  if (!prompt) throw new Error(`The lesson "${slug}" has no reflection prompt "${id}"`);
  return prompt;
}
