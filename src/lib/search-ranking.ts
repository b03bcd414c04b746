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

/** One page Pagefind found for one searched word (Pagefind's own result objects satisfy it). */
export interface WordHit<Data> {
  id: string;
  /** Pagefind's score for this word on this page. */
  score: number;
  /** Positions of the matching words in the page's content. */
  words: readonly number[];
  data: () => Promise<Data>;
}

/** The pages that matched one word of the query (any of its forms), by page id. */
export type ConceptHits<Data> = ReadonlyMap<string, WordHit<Data>>;

/** A page in the final ranking. */
export interface RankedPage<Data> {
  id: string;
  /** Sum over the query's words of (how rare the word is) × (how well this page matches it, 0–1). */
  score: number;
  /** Positions of every matching word in the page's content, for the excerpt. */
  words: number[];
  data: () => Promise<Data>;
}

/**
 * How much a word of the query counts: BM25's inverse document frequency, from how many of the
 * `pageCount` pages are about it (see `pagesAbout`). A word on every page ("contact", "feel") counts
 * almost nothing, so it can order results but cannot make a page a result on its own; a word only one
 * page is about counts most.
 */
export function wordWeight(pagesMatching: number, pageCount: number): number {
  const n = Math.max(pageCount, pagesMatching);
  return Math.log(1 + (n - pagesMatching + 0.5) / (pagesMatching + 0.5));
}

/** How many words apart two of the reader's words may stand and still read as one phrase. */
const PHRASE_GAP = 3;

/**
 * How well a page matches one word, 0–1, from its Pagefind score and the best page's score for that
 * word. Squared, so a page that only mentions the word in passing counts far less than the page the
 * word is about (its reader questions and search terms, weighted up): on our reader set this lifted
 * precision from 43% to 64% at the same top-1 and top-3 (see README).
 */
export function matchStrength(score: number, best: number): number {
  return best > 0 ? (score / best) ** 2 : 0;
}

/** The best Pagefind score among a word's pages. */
const bestScore = <Data>(hits: ConceptHits<Data>): number => Math.max(0, ...[...hits.values()].map((hit) => hit.score));

/**
 * How many pages are about a word: the sum of its pages' `matchStrength`, so a page that mentions it
 * in passing counts as a small part of a page. Counting every page that mentions a word would make a
 * word the course uses in many lessons but treats in one ("hit", "texting" with their synonyms) weigh
 * less than a stray rare word ("face", "best" in "best left unanswered"). On our reader set this
 * put two more of its 131 questions first and two more in the top three at the same tail cut, and
 * the public "why did she lie to me" first.
 */
export function pagesAbout<Data>(hits: ConceptHits<Data>): number {
  const best = bestScore(hits);
  return [...hits.values()].reduce((sum, hit) => sum + matchStrength(hit.score, best), 0);
}

/**
 * Ranks pages for a query from each word's hits. Within one word, a page's Pagefind score is scaled
 * by `matchStrength` (a word's raw scores mean nothing next to another word's); the scaled scores are
 * then weighted by `wordWeight` (from `pagesAbout`) and added, so a page that matches more of the reader's rarer words
 * comes first. Two words within `PHRASE_GAP` words of each other on a page add the mean of their two
 * weights again: the page uses the reader's phrase ("why did she lie"), not just its words. The mean,
 * not the lesser weight, so a common word in the phrase ("why") still lets the phrase count.
 */
export function rankPages<Data>(concepts: readonly ConceptHits<Data>[], pageCount: number): RankedPage<Data>[] {
  const ranked = new Map<string, RankedPage<Data>>();
  const weights = concepts.map((hits) => wordWeight(pagesAbout(hits), pageCount));
  for (const [index, hits] of concepts.entries()) {
    const best = bestScore(hits);
    if (best <= 0) continue;
    const weight = weights[index] ?? 0;
    for (const hit of hits.values()) {
      const page = ranked.get(hit.id) ?? { id: hit.id, score: 0, words: [], data: hit.data };
      page.score += weight * matchStrength(hit.score, best);
      // Two of the reader's words side by side ("restraining order", "mutual friends") are a phrase this page uses.
      for (const [other, otherHits] of concepts.slice(0, index).entries()) {
        const near = otherHits.get(hit.id)?.words.some((at) => hit.words.some((mine) => Math.abs(mine - at) <= PHRASE_GAP));
        if (near) page.score += (weight + (weights[other] ?? 0)) / 2;
      }
      page.words.push(...hit.words);
      ranked.set(hit.id, page);
    }
  }
  return [...ranked.values()].sort((a, b) => b.score - a.score);
}

/** Which results are strong enough to show. */
export interface TailCut {
  /** A result scoring below this share of the best result's score is not shown. */
  minShareOfBest: number;
  /** Never more results than this. */
  maxResults: number;
}

/**
 * The rule, chosen with `npm run eval:search`, which prints top-1, top-3, precision (the share of
 * shown results that are an accepted lesson) and results per query for several shares and limits:
 * - Results below 55% of the best score are cut. With squared match strengths a page that is truly
 *   about the reader's words scores close to the best; the accepted lesson that ranks second often
 *   scores 55–60% of the first, so 0.6 and above drop it (our set's top-3: 98% at 0.55, 96% at 0.6,
 *   95% at 0.7), while 0.5 and below add results that are rarely an accepted lesson (precision 66% →
 *   63% at 0.5, 57% at 0.4, top-3 no better).
 * - At most 3 results: on our reader set the results ranked fourth and fifth were almost never an
 *   accepted lesson (precision 63% with 5, 66% with 3, same top-3), and three fit a phone screen.
 */
export const tailCut: TailCut = { minShareOfBest: 0.55, maxResults: 3 };

/** Drops the weak tail: results far below the best, and any beyond `maxResults`. */
export function cutWeakTail<Page extends { score: number }>(ranked: readonly Page[], rule: TailCut = tailCut): Page[] {
  const best = ranked[0]?.score ?? 0;
  if (best <= 0) return [];
  return ranked.filter((page) => page.score >= best * rule.minShareOfBest).slice(0, rule.maxResults);
}
