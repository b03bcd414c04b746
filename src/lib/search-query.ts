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
const courseStopWords = [
  ...["ex", "partner", "keeps", "can't", "cant", "don't", "dont", "won't", "wont", "im", "i'm", "its", "it's", "let", "again"],
  ...["really", "just", "so", "much", "many", "anything", "something", "everything", "even", "still", "ever", "now", "get"],
];

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
 * Merges several ranked lists into one. Each list's scores are scaled so its best page scores 1
 * (a long query's raw scores are larger than one word's), then a page's scores are added up,
 * so pages that rank well for more of the reader's words come first.
 */
export function mergeRanked<Data>(lists: readonly (readonly RankedResult<Data>[])[]): RankedResult<Data>[] {
  const merged = new Map<string, RankedResult<Data>>();
  for (const list of lists) {
    const best = Math.max(...list.map((result) => result.score));
    for (const result of list) {
      const score = best > 0 ? result.score / best : 0;
      const seen = merged.get(result.id);
      merged.set(result.id, { ...result, score: (seen?.score ?? 0) + score });
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/** How many pages a whole-query search must find before a one-word query needs no more help. */
export const ENOUGH_RESULTS = 3;

/**
 * Searches the reader's whole query and, when it has several meaningful words or finds too few pages,
 * each meaningful word on its own, and merges the lists. Pagefind alone needs every word on one page, so "he owes me money" would otherwise miss.
 */
export async function searchInReadersWords<Data>(search: SearchFn<Data>, query: string): Promise<RankedResult<Data>[]> {
  const whole = (await search(query))?.results ?? [];
  const words = meaningfulWords(query);
  if (words.length === 0 || (words.length === 1 && whole.length >= ENOUGH_RESULTS)) return whole;
  const perWord = await Promise.all(words.map(async (word) => (await search(word))?.results ?? []));
  return mergeRanked([whole, ...perWord]);
}
