import { storageKeys } from "./storage-keys";
import { createVersionedStore, isRecord, slugPattern, type Salvaged, type StoreSchema } from "./versioned-store";
import { browserStorage } from "./browser-storage";
import type { SealedText } from "../reflection-crypto";

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

/**
 * What is stored under `nocontact:reflections` (version 1): the answers in the open,
 * or, when the reader set a passphrase, only the encrypted answers.
 */
export type StoredReflections =
  | { state: "open"; answers: ReflectionAnswer[] }
  | { state: "locked"; lock: SealedText & { kdf: "PBKDF2-SHA-256"; cipher: "AES-GCM" } };

export const emptyReflections: StoredReflections = { state: "open", answers: [] };

const REFLECTIONS_VERSION = 1;
/** Fewer PBKDF2 iterations than this are refused on reading, so tampered data can't weaken the lock. */
export const MIN_LOCK_ITERATIONS = 100_000;
/** More are refused too: unlocking would freeze the page. */
export const MAX_LOCK_ITERATIONS = 10_000_000;
const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

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
  if (!Array.isArray(raw)) return undefined;
  const answers = raw.map(parseAnswer).filter((answer): answer is ReflectionAnswer => answer !== undefined);
  return { value: answers, dropped: raw.length - answers.length };
}

function parseLock(raw: unknown): Extract<StoredReflections, { state: "locked" }>["lock"] | undefined {
  if (!isRecord(raw)) return undefined;
  const { kdf, cipher, iterations, salt, iv, ciphertext } = raw;
  if (kdf !== "PBKDF2-SHA-256" || cipher !== "AES-GCM") return undefined;
  if (typeof iterations !== "number" || !Number.isInteger(iterations) || iterations < MIN_LOCK_ITERATIONS || iterations > MAX_LOCK_ITERATIONS) return undefined;
  for (const value of [salt, iv, ciphertext]) if (typeof value !== "string" || !base64Pattern.test(value)) return undefined;
  return { kdf, cipher, iterations, salt: salt as string, iv: iv as string, ciphertext: ciphertext as string };
}

export const reflectionsSchema: StoreSchema<StoredReflections> = {
  key: storageKeys.reflections,
  version: REFLECTIONS_VERSION,
  parse: (raw) => {
    if (raw["state"] === "open") {
      const answers = parseAnswers(raw["answers"]);
      return answers && { value: { state: "open", answers: answers.value }, dropped: answers.dropped };
    }
    if (raw["state"] === "locked") {
      const lock = parseLock(raw["lock"]);
      return lock && { value: { state: "locked", lock }, dropped: 0 };
    }
    return undefined;
  },
  // Version 1 is the first; there is nothing older to upgrade. Later versions add their steps here.
  migrate: () => undefined,
};

/** Reads and writes the stored reflections, open or locked. Encryption is the journal's job. */
export function createReflectionsStore(storage: () => Storage | undefined = browserStorage) {
  return createVersionedStore(reflectionsSchema, storage);
}

export type ReflectionsStore = ReturnType<typeof createReflectionsStore>;

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
