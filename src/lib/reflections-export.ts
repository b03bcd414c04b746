import type { ReflectionAnswer } from "./storage/reflections-store";

/** A lesson as "My reflections" needs it: from the course collection, in course order. */
export interface CourseLessonPrompts {
  slug: string;
  title: string;
  /** The lesson's number in the course, from 1. */
  number: number;
  href: string;
  prompts: readonly { id: string; prompt: string }[];
}

/** One answer with the question it answers. */
export interface AnsweredPrompt {
  /** The prompt's words, or a stand-in when the prompt has left the course. */
  prompt: string;
  answer: ReflectionAnswer;
}

/** The answers for one lesson; `lesson` is undefined for answers to lessons no longer in the course. */
export interface LessonAnswers {
  lesson: CourseLessonPrompts | undefined;
  answered: AnsweredPrompt[];
}

export const RETIRED_PROMPT = "A question no longer in the course";
export const RETIRED_LESSONS_HEADING = "Other reflections";

/**
 * Answers grouped by lesson in course order, prompts in the lesson's order. Answers whose lesson or
 * prompt has left the course are kept (the reader wrote them), after the rest.
 */
export function groupByLesson(answers: readonly ReflectionAnswer[], course: readonly CourseLessonPrompts[]): LessonAnswers[] {
  const groups: LessonAnswers[] = [];
  const placed = new Set<ReflectionAnswer>();
  for (const lesson of course) {
    const own = answers.filter((answer) => answer.lesson === lesson.slug);
    const known = lesson.prompts.flatMap((prompt) => own.filter((answer) => answer.prompt === prompt.id).map((answer) => ({ prompt: prompt.prompt, answer })));
    const retired = own.filter((answer) => !lesson.prompts.some((prompt) => prompt.id === answer.prompt)).map((answer) => ({ prompt: RETIRED_PROMPT, answer }));
    const answered = [...known, ...retired];
    answered.forEach(({ answer }) => placed.add(answer));
    if (answered.length > 0) groups.push({ lesson, answered });
  }
  const others = answers.filter((answer) => !placed.has(answer)).map((answer) => ({ prompt: RETIRED_PROMPT, answer }));
  if (others.length > 0) groups.push({ lesson: undefined, answered: others });
  return groups;
}

/** A day the reader recognises, like "12 March 2025", in their own time zone. */
export function readableDate(iso: string, timeZone?: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", ...(timeZone ? { timeZone } : {}) });
}

const lessonHeading = (group: LessonAnswers) => (group.lesson ? `Lesson ${group.lesson.number}: ${group.lesson.title}` : RETIRED_LESSONS_HEADING);

// The file says nothing about the site, so that it reads as the reader's own notes if someone else finds it.
const title = "My reflections";

/** All answers as a plain text file. */
export function reflectionsAsText(groups: readonly LessonAnswers[], now: Date, timeZone?: string): string {
  const lines = [title, `Downloaded ${readableDate(now.toISOString(), timeZone)}`, ""];
  for (const group of groups) {
    const heading = lessonHeading(group);
    lines.push("", heading, "=".repeat(heading.length), "");
    for (const { prompt, answer } of group.answered) {
      lines.push(prompt, `(last edited ${readableDate(answer.updatedAt, timeZone)})`, "", answer.text, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** All answers as a Markdown file. The reader's text is kept exactly as written. */
export function reflectionsAsMarkdown(groups: readonly LessonAnswers[], now: Date, timeZone?: string): string {
  const lines = [`# ${title}`, "", `Downloaded ${readableDate(now.toISOString(), timeZone)}`, ""];
  for (const group of groups) {
    lines.push(`## ${lessonHeading(group)}`, "");
    for (const { prompt, answer } of group.answered) {
      lines.push(`### ${prompt}`, "", `_Last edited ${readableDate(answer.updatedAt, timeZone)}_`, "", answer.text, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
