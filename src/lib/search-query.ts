import { eng, removeStopwords } from "stopword";
import { cutWeakTail, rankPages, tailCut, type ConceptHits, type RankedPage, type TailCut, type WordHit } from "./search-ranking.ts";
import { contentWords } from "./search-excerpt.ts";
import { formsOf, sameMeaning } from "./search-synonyms.ts";

/**
 * Readers' words that say nothing about the topic, on top of the usual English stop words: pronouns
 * and verbs the usual list misses ("she", "see", "want", "someone", "when"), words every lesson uses
 * ("ex", "contact") and readers' other names for the ex ("husband", "girlfriend").
 * A stop word never makes a page a result.
 */
const courseStopWords = [
  ...["she", "hers", "herself", "himself", "myself", "yourself", "themselves", "ourselves", "itself", "us", "i'm", "im", "i've", "ive", "i'd", "you're", "they're", "it's", "its"],
  ...["can't", "cant", "don't", "dont", "won't", "wont", "doesn't", "didn't", "isn't", "wasn't", "no", "not", "yes"],
  ...["ex", "partner", "keeps", "keep", "again", "really", "just", "so", "anything", "something", "everything", "even", "ever"],
  ...["see", "say", "says", "want", "know", "think", "go", "going", "ok", "okay", "does", "doing", "done", "one", "anyone"],
  // Words that only stress another ("right now", "all right", "best friend", "the best way"); "rights" stays.
  ...["right", "best"],
  // Function words the usual list lacks ("what", "how" and "would" are on it; "when", "will" are not).
  ...["when", "will", "without", "having", "getting", "someone", "somebody", "everyone", "everybody", "anybody"],
  // Readers' names for the ex: every lesson is about them, so these say no more than "ex" does.
  ...["boyfriend", "girlfriend", "husband", "wife", "bf", "gf", "fiance", "fiancé", "fiancee"],
];

/**
 * Lower-cased words of a query, without punctuation. A hyphenated word stays one word, joined
 * ("in-laws" is "inlaws"), as Pagefind indexes it: its parts alone ("in", "laws") mean something else.
 */
export function splitWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/(?<=[\p{L}\p{N}])[-‐‑](?=[\p{L}\p{N}])/gu, "")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ""))
    .filter((word) => word.length > 0);
}

/** The words of a query worth searching: stop words and the course's filler words removed, each once. */
export function meaningfulWords(query: string): string[] {
  const words = removeStopwords(splitWords(query), [...eng, ...courseStopWords]);
  return [...new Set(words)];
}

/** One thing the reader asked about: a word of their query and the words that mean the same. */
export interface Concept {
  /** The reader's word. */
  word: string;
  /** The word and its synonyms (see search-synonyms.ts), each searched on its own. */
  forms: string[];
}

/** The query's meaningful words, with synonyms; two words of one synonym group count once. */
export function queryConcepts(query: string): Concept[] {
  const concepts: Concept[] = [];
  for (const word of meaningfulWords(query)) {
    if (concepts.some((concept) => sameMeaning(concept.word, word))) continue;
    concepts.push({ word, forms: formsOf(word) });
  }
  return concepts;
}

/** What a page's data must hold for the search: its indexed text (Pagefind's `data().content`). */
export interface PageText {
  content: string;
}

/** Anything that searches like Pagefind's `search()`; tests and the evaluation pass their own. */
export type SearchFn<Data extends PageText> = (term: string) => Promise<{ results: readonly WordHit<Data>[] } | null>;

/** Letters and digits of a word as the index holds it: "His," is "his". */
const indexedForm = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Longest ending stemming removes from a word ("-ing", "-ies"): an indexed word that starts a searched
 * word but is shorter by more than this is not a form of it.
 */
const LONGEST_ENDING = 3;

/**
 * Whether the word Pagefind matched is a form of the word searched. When no indexed word starts with a
 * searched word, Pagefind falls back to the longest indexed word the searched word starts with: so
 * "history" finds "his", "facebook" finds "face" and "attacks" finds "at", each scored as if it were
 * the reader's word. Those are not forms of it; stemmed forms ("send" for "sending") are.
 */
export function isFormOf(searched: string, matched: string): boolean {
  const word = indexedForm(matched);
  // A doubled last letter belongs to the ending too: "beginning" is "begin" + "ning", "stopping" "stop" + "ping".
  const doubled = word.length > 0 && searched[word.length] === word[word.length - 1] ? 1 : 0;
  return !(searched.startsWith(word) && word.length < searched.length - LONGEST_ENDING - doubled);
}

/** Pagefind's hits for one form, or none when it only found a word the form starts with (see `isFormOf`). */
async function hitsOfForm<Data extends PageText>(search: SearchFn<Data>, form: string): Promise<readonly WordHit<Data>[]> {
  const results = (await search(form))?.results ?? [];
  const first = results[0];
  // A page can match in its metadata alone, with no word of its text to check.
  if (first?.words[0] === undefined) return results;
  // Pagefind falls back for a whole search or not at all, so one matched word tells for every page.
  // A word past the end of the visible text was indexed from the lesson's search terms (an attribute):
  // those are readers' own words, never a fallback, so they count.
  const matched = contentWords((await first.data()).content)[first.words[0]];
  return matched === undefined || isFormOf(form, matched) ? results : [];
}

/**
 * The pages matching one concept: each form is searched on its own (Pagefind needs every word of a
 * search on one page), and a page keeps its best score among the forms and every matching position.
 */
export async function searchConcept<Data extends PageText>(search: SearchFn<Data>, concept: Concept): Promise<ConceptHits<Data>> {
  const hits = new Map<string, WordHit<Data>>();
  for (const results of await Promise.all(concept.forms.map((form) => hitsOfForm(search, form)))) {
    for (const hit of results) {
      const seen = hits.get(hit.id);
      hits.set(hit.id, {
        id: hit.id,
        score: Math.max(hit.score, seen?.score ?? 0),
        words: [...(seen?.words ?? []), ...hit.words],
        data: seen?.data ?? hit.data,
      });
    }
  }
  return hits;
}

/**
 * Searches a query in readers' own words: each meaningful word (with its synonyms) on its own, ranked
 * by `rankPages` and cut by `cutWeakTail`. Stop words are never searched, so "he" or "me" alone
 * never make a page a result. `pageCount` is how many pages the index holds (to weigh rare words).
 */
export async function searchInReadersWords<Data extends PageText>(search: SearchFn<Data>, query: string, pageCount: number, rule: TailCut = tailCut): Promise<RankedPage<Data>[]> {
  const concepts = await Promise.all(queryConcepts(query).map((concept) => searchConcept(search, concept)));
  return cutWeakTail(rankPages(concepts, pageCount), rule);
}
