import { storageKeys } from "./storage-keys";
import { isRecord, salvageList, slugPattern, type Salvaged } from "./versioned-store";
import type { LockableSchema } from "./lockable-store";

/** One answer the reader wrote to a lesson's reflection prompt. */
export interface ReflectionAnswer {
  /** The lesson's slug. */
  lesson: string;
  /** The prompt's id within the lesson (from the lesson's frontmatter). */
  prompt: string;
  /** What the reader wrote, exactly as typed. */
  text: string;
  /** When it was last changed, as an ISO 8601 timestamp. */
  updatedAt: string;
}

function parseAnswer(raw: unknown): ReflectionAnswer | undefined {
  if (!isRecord(raw)) return undefined;
  const { lesson, prompt, text, updatedAt } = raw;
  if (typeof lesson !== "string" || !slugPattern.test(lesson)) return undefined;
  if (typeof prompt !== "string" || !slugPattern.test(prompt)) return undefined;
  if (typeof text !== "string" || typeof updatedAt !== "string" || Number.isNaN(Date.parse(updatedAt))) return undefined;
  return { lesson, prompt, text, updatedAt };
}

/**
 * The valid answers in a stored list, or undefined if it is not a list at all.
 * One damaged answer is dropped (and counted) rather than losing all the others with it.
 */
export function parseAnswers(raw: unknown): Salvaged<ReflectionAnswer[]> | undefined {
  return salvageList(raw, parseAnswer);
}

/**
 * What is stored under `nocontact:reflections` (version 1): `{ state: "open", answers }`, or, once the
 * reader set the passphrase, `{ state: "locked", lock }` with the answers list sealed (lockable-store.ts).
 */
export const reflectionsSchema: LockableSchema<ReflectionAnswer[]> = {
  key: storageKeys.reflections,
  version: 1,
  field: "answers",
  parseData: parseAnswers,
  // Version 1 is the first; there is nothing older to upgrade. Later versions add their steps here.
  migrate: () => undefined,
  empty: [],
};

const sameAnswer = (answer: ReflectionAnswer, lesson: string, prompt: string) => answer.lesson === lesson && answer.prompt === prompt;

/** The text saved for one prompt, or "" when there is none. */
export function answerText(answers: readonly ReflectionAnswer[], lesson: string, prompt: string): string {
  return answers.find((answer) => sameAnswer(answer, lesson, prompt))?.text ?? "";
}

/** The answers without the one for this prompt. */
export function withoutAnswer(answers: readonly ReflectionAnswer[], lesson: string, prompt: string): ReflectionAnswer[] {
  return answers.filter((answer) => !sameAnswer(answer, lesson, prompt));
}

/**
 * The answers with this prompt's text set. Clearing the box (only spaces left) removes the answer,
 * so "My reflections" never lists empty ones. Unchanged text keeps its date.
 */
export function withAnswer(answers: readonly ReflectionAnswer[], lesson: string, prompt: string, text: string, now: Date): ReflectionAnswer[] {
  const others = withoutAnswer(answers, lesson, prompt);
  if (text.trim() === "") return others;
  if (answers.some((answer) => sameAnswer(answer, lesson, prompt) && answer.text === text)) return [...answers];
  return [...others, { lesson, prompt, text, updatedAt: now.toISOString() }];
}
