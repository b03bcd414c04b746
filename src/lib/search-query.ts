import { eng, removeStopwords } from "stopword";

/** The parts of a Pagefind result the course uses (Pagefind's own objects satisfy it). */
export interface RankedResult<Data> {
  id: string;
  score: number;
  data: () => Promise<Data>;
}

/** Anything that searches like Pagefind's `search()`; tests pass a fake. */
export type SearchFn<Data> = (query: string) => Promise<{ results: RankedResult<Data>[] } | null>;

/** Readers' words that say nothing about the topic, on top of the usual English stop words. */
const courseStopWords = ["ex", "partner", "keeps", "can't", "cant", "don't", "dont", "im", "i'm", "let", "again", "really", "just"];

/** Lower-cased words of a query, without punctuation. */
export function splitWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0);
}

/** The words of a query worth searching on their own: stop words and the course's filler words removed. */
export function meaningfulWords(query: string): string[] {
  const words = removeStopwords(splitWords(query), [...eng, ...courseStopWords]);
  return [...new Set(words)];
}

/**
 * Merges several ranked lists into one: a page's score is the sum of its scores,
 * so pages matching more of the reader's words rank higher.
 */
export function mergeRanked<Data>(lists: readonly (readonly RankedResult<Data>[])[]): RankedResult<Data>[] {
  const merged = new Map<string, RankedResult<Data>>();
  for (const list of lists) {
    for (const result of list) {
      const seen = merged.get(result.id);
      merged.set(result.id, seen ? { ...seen, score: seen.score + result.score } : { ...result });
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/** How many pages a whole-query search must find before the word-by-word fallback is skipped. */
export const ENOUGH_RESULTS = 3;

/**
 * Searches the reader's whole query; when that finds too few pages, also searches each meaningful
 * word on its own and merges everything by score, so "he owes me money" still finds the money lesson.
 */
export async function searchInReadersWords<Data>(search: SearchFn<Data>, query: string): Promise<RankedResult<Data>[]> {
  const whole = (await search(query))?.results ?? [];
  const words = meaningfulWords(query);
  if (whole.length >= ENOUGH_RESULTS || words.length === 0) return whole;
  const perWord = await Promise.all(words.map(async (word) => (await search(word))?.results ?? []));
  return mergeRanked([whole, ...perWord]);
}
