/**
 * Pagefind ranking for short, similar-length lessons searched in readers' own words. Chosen by
 * `npm run eval:search` (see README); Starlight's defaults were the starting point.
 */
export const searchRanking = {
  /** Lessons are all 400–900 words: length says little about relevance. */
  pageLength: 0.1,
  /** Favour pages where the reader's words are a larger share of the text. */
  termFrequency: 0.6,
  /** Repeated words stop adding after a while. */
  termSaturation: 1.4,
  /** Prefer exact word matches over longer words that merely start the same. */
  termSimilarity: 2,
} as const;
