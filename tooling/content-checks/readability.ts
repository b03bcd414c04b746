import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/** The counts behind a reading grade (a type alias, so it fits flesch-kincaid's record type). */
export type TextCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Words of prose: letters, digits and inner apostrophes or hyphens. */
export function wordsOf(prose: string): string[] {
  return prose.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Counts sentences, words and syllables. A line (heading, list item, paragraph) always ends a
 * sentence, as a reader takes it in; inside a line, . ! ? end sentences.
 */
export function countText(prose: string): TextCounts {
  const sentences = prose
    .split(/\n|(?<=[.!?]["”’)]?)\s+/)
    .filter((sentence) => wordsOf(sentence).length > 0);
  const words = wordsOf(prose);
  return {
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllable(word), 0),
  };
}

/** The Flesch–Kincaid grade of prose, to one decimal place. */
export function readingGrade(prose: string): number {
  const counts = countText(prose);
  return counts.word === 0 ? 0 : Math.round(fleschKincaid(counts) * 10) / 10;
}
