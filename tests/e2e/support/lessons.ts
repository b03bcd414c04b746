import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { projectDir } from "../../../tooling/built-site.ts";
import { readLessonText } from "../../../tooling/content-checks/lesson-text.ts";
import { fixtureLessonsDir } from "../../../tooling/fixture-course.ts";
import { lessonSchema, type LessonData } from "../../../src/lib/lesson-schema";

const lessonsDir = join(projectDir, "src", "content", "lessons");

/** A lesson's frontmatter, validated, and its prose, read from `<dir>/<slug>.mdx`. */
function readLesson(dir: string, slug: string): { data: LessonData; prose: string } {
  const { frontmatter, prose } = readLessonText(readFileSync(join(dir, `${slug}.mdx`), "utf8"));
  return { data: lessonSchema.parse(frontmatter), prose };
}

/**
 * A lesson's frontmatter, read from its MDX file, so tests expect what the lesson says today
 * instead of a copy that goes stale when a writer edits it.
 */
export function lessonData(slug: string): LessonData {
  return readLesson(lessonsDir, slug).data;
}

/** One lesson as the tests read it: its slug, frontmatter and the prose a reader sees. */
export interface LessonFile {
  slug: string;
  data: LessonData;
  prose: string;
}

/** Every lesson in a folder, in course order. */
function lessonsIn(dir: string): LessonFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.slice(0, -".mdx".length))
    .map((slug) => ({ slug, ...readLesson(dir, slug) }))
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

/** The real lesson with the most words: the page that scrolls furthest (under the sticky header, say). */
export function longestLesson(): LessonFile {
  const [longest] = courseLessons().sort((a, b) => b.prose.split(/\s+/).length - a.prose.split(/\s+/).length);
  if (!longest) throw new Error("No lessons in src/content/lessons/");
  return longest;
}

/** A real lesson by its place in the course (0 is the first), for tests that need another lesson than the first. */
export function lessonAt(index: number): LessonFile {
  const lesson = courseLessons()[index];
  if (!lesson) throw new Error(`The course has no lesson at place ${index + 1}`);
  return lesson;
}

/** The URL path of a lesson's page on the real site. */
export function lessonPath(slug: string): string {
  return `/lessons/${slug}/`;
}

/** The text of a lesson's reflection prompt, by its id. */
export function reflectionPrompt(slug: string, id: string): string {
  const prompt = lessonData(slug).reflections.find((reflection) => reflection.id === id)?.prompt;
  if (!prompt) throw new Error(`The lesson "${slug}" has no reflection prompt "${id}"`);
  return prompt;
}
