/** A piece of a search excerpt: plain text, or a word that matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** What an excerpt is cut from: one page's indexed text and where the query matched in it. */
export interface ExcerptSource {
  /** The page's indexed text, as Pagefind stores it (`data().content`). */
  content: string;
  /** Positions (word numbers) of every word that matched, as Pagefind reports them. */
  matched: readonly number[];
  /**
   * Indexed but never shown: the lesson's `searchTerms`, joined with ", " as the page writes them.
   * No excerpt includes any of it.
   */
  hidden?: string | undefined;
  /** The page title, which opens the content and is shown above the excerpt; the excerpt leaves it out. */
  title?: string | undefined;
}

/** Pagefind numbers words by splitting its content on white space (not U+FEFF); so do we. */
const wordSeparator = /[^\S\uFEFF]+/;

/** A page's indexed text as Pagefind numbers its words: the word at position n is `contentWords(content)[n]`. */
export function contentWords(content: string): string[] {
  return content.split(wordSeparator);
}
const sentenceEnd = /[.!?]["”’)]*$/;
/** Letters and digits inside a word, with any punctuation around them. */
const wordCore = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

const EXCERPT_WORDS = 30;
/** How far back an excerpt may reach to start at a sentence rather than mid-sentence. */
const SENTENCE_REACH = 8;

/** The word range [start, end) that `hidden` occupies in `words`, or an empty range. */
function hiddenRange(words: readonly string[], hidden: string | undefined): [number, number] {
  const hiddenWords = hidden?.trim().split(wordSeparator) ?? [];
  const text = hiddenWords.join(" ");
  if (!text) return [0, 0];
  for (let start = 0; start < words.length; start++) {
    if (words.slice(start, start + hiddenWords.length).join(" ").startsWith(text)) return [start, start + hiddenWords.length];
  }
  return [0, 0];
}

const startsSentence = (words: readonly string[], index: number, from: number) =>
  index === from || sentenceEnd.test(words[index - 1] ?? "");

/**
 * Builds an excerpt from a page's visible text around the densest run of matches: whole words only,
 * starting at a sentence where one is near, "…" wherever a sentence is cut, and every matched word
 * marked. The lesson's hidden search terms are never part of it.
 */
export function buildExcerpt({ content, matched, hidden, title }: ExcerptSource, length = EXCERPT_WORDS): ExcerptPart[] {
  const words = contentWords(content);
  const [hiddenStart, hiddenEnd] = hiddenRange(words, hidden);
  // The title opens the content but shows above the excerpt already, so the excerpt starts after it.
  const titleWords = title && content.startsWith(title.trim()) ? title.trim().split(wordSeparator).length : 0;
  // The visible text is the words before the hidden terms and the words after them.
  const segments = ([
    [titleWords, hiddenStart],
    [Math.max(titleWords, hiddenEnd), words.length],
  ] as const).filter(([from, to]) => to > from);
  const marks = new Set(matched.filter((at) => at >= 0 && at < words.length && (at < hiddenStart || at >= hiddenEnd)));

  // The window with the most matches; with none, the text just after the title.
  const fallback = segments[0] ?? [0, words.length];
  let best = { start: fallback[0], count: 0, segment: fallback };
  for (const at of [...marks].sort((a, b) => a - b)) {
    const segment = segments.find(([from, to]) => at >= from && at < to);
    if (!segment) continue;
    let count = 0;
    for (let index = at; index < Math.min(at + length, segment[1]); index++) count += Number(marks.has(index));
    if (count > best.count) best = { start: at, count, segment };
  }

  const [from, to] = best.segment;
  let start = best.start;
  // Step back to the start of the sentence if it is close; otherwise keep a few words of context.
  const sentenceStart = Array.from({ length: SENTENCE_REACH + 1 }, (_, back) => start - back).find((index) => index >= from && startsSentence(words, index, from));
  start = best.count > 0 ? (sentenceStart ?? Math.max(from, start - 3)) : start;
  start = Math.max(from, Math.min(start, to - length));
  const end = Math.min(to, start + length);

  const parts: ExcerptPart[] = [];
  const addText = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  if (!startsSentence(words, start, titleWords)) addText("… ", false);
  for (let index = start; index < end; index++) {
    const word = words[index] ?? "";
    if (index > start) addText(" ", false);
    if (!marks.has(index)) {
      addText(word, false);
      continue;
    }
    const [, before = "", core = "", after = ""] = wordCore.exec(word) ?? [];
    addText(before, false);
    addText(core, true);
    addText(after, false);
  }
  if (!sentenceEnd.test(words[end - 1] ?? "")) addText(" …", false);
  return parts;
}
