import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readLessonText } from "../../../tooling/content-checks/lesson-text.ts";
import { lessonSchema, type LessonData } from "../../../src/lib/lesson-schema";

const lessonsDir = join(import.meta.dirname, "..", "..", "..", "src", "content", "lessons");

/**
 * A lesson's frontmatter, read from its MDX file, so tests expect what the lesson says today
 * instead of a copy that goes stale when a writer edits it.
 */
export function lessonData(slug: string): LessonData {
  return lessonSchema.parse(readLessonText(readFileSync(join(lessonsDir, `${slug}.mdx`), "utf8")).frontmatter);
}

/** Every real lesson, slug and frontmatter, in course order, read from the lesson files. */
export function courseLessons(): { slug: string; data: LessonData }[] {
  return readdirSync(lessonsDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => ({ slug: file.slice(0, -".mdx".length), data: lessonData(file.slice(0, -".mdx".length)) }))
    .sort((a, b) => a.data.order - b.data.order);
}

/** The text of a lesson's reflection prompt, by its id. */
export function reflectionPrompt(slug: string, id: string): string {
  const prompt = lessonData(slug).reflections.find((reflection) => reflection.id === id)?.prompt;
  if (!prompt) throw new Error(`The lesson "${slug}" has no reflection prompt "${id}"`);
  return prompt;
}
