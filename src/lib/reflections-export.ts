import { fill } from "../i18n/catalogue";
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
  /** The prompt's words, or undefined when the prompt has left the course. */
  prompt: string | undefined;
  answer: ReflectionAnswer;
}

/** The answers for one lesson; `lesson` is undefined for answers to lessons no longer in the course. */
export interface LessonAnswers {
  lesson: CourseLessonPrompts | undefined;
  answered: AnsweredPrompt[];
}

/** The words a file is written with, from the catalogue (`myReflections`): templates take `{date}`, `{number}`, `{title}`. */
export interface ExportWords {
  title: string;
  downloaded: string;
  /** `{date}` the answer was last changed, in the Markdown file and on the page. */
  lastEdited: string;
  /** The same in the plain text file, in brackets. */
  lastEditedInText: string;
  lessonHeading: string;
  otherReflections: string;
  retiredPrompt: string;
}

/** How dates are written: the page's language (`<html lang>`) and, in tests, a fixed time zone. */
export interface DateStyle {
  locale: string;
  timeZone?: string;
}

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
    const retired = own.filter((answer) => !lesson.prompts.some((prompt) => prompt.id === answer.prompt)).map((answer) => ({ prompt: undefined, answer }));
    const answered = [...known, ...retired];
    answered.forEach(({ answer }) => placed.add(answer));
    if (answered.length > 0) groups.push({ lesson, answered });
  }
  const others = answers.filter((answer) => !placed.has(answer)).map((answer) => ({ prompt: undefined, answer }));
  if (others.length > 0) groups.push({ lesson: undefined, answered: others });
  return groups;
}

/** A day the reader recognises, like "12 March 2025" in British English, in their own time zone. */
export function readableDate(iso: string, { locale, timeZone }: DateStyle): string {
  return new Date(iso).toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric", ...(timeZone ? { timeZone } : {}) });
}

/** A group's heading: "Lesson 3: Title", or the heading for answers whose lesson left the course. */
export function lessonHeading(group: LessonAnswers, words: Pick<ExportWords, "lessonHeading" | "otherReflections">): string {
  return group.lesson ? fill(words.lessonHeading, { number: group.lesson.number, title: group.lesson.title }) : words.otherReflections;
}

// The file says nothing about the site, so that it reads as the reader's own notes if someone else finds it.

/** All answers as a plain text file. */
export function reflectionsAsText(groups: readonly LessonAnswers[], now: Date, words: ExportWords, dates: DateStyle): string {
  const date = (iso: string) => readableDate(iso, dates);
  const lines = [words.title, fill(words.downloaded, { date: date(now.toISOString()) }), ""];
  for (const group of groups) {
    const heading = lessonHeading(group, words);
    lines.push("", heading, "=".repeat(heading.length), "");
    for (const { prompt, answer } of group.answered) {
      lines.push(prompt ?? words.retiredPrompt, fill(words.lastEditedInText, { date: date(answer.updatedAt) }), "", answer.text, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** All answers as a Markdown file. The reader's text is kept exactly as written. */
export function reflectionsAsMarkdown(groups: readonly LessonAnswers[], now: Date, words: ExportWords, dates: DateStyle): string {
  const date = (iso: string) => readableDate(iso, dates);
  const lines = [`# ${words.title}`, "", fill(words.downloaded, { date: date(now.toISOString()) }), ""];
  for (const group of groups) {
    lines.push(`## ${lessonHeading(group, words)}`, "");
    for (const { prompt, answer } of group.answered) {
      lines.push(`### ${prompt ?? words.retiredPrompt}`, "", `_${fill(words.lastEdited, { date: date(answer.updatedAt) })}_`, "", answer.text, "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
