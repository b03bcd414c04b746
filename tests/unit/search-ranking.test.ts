import { describe, expect, it } from "vitest";
import { cutWeakTail, matchStrength, pagesAbout, rankPages, tailCut, wordWeight, type WordHit } from "../../src/lib/search-ranking";

function hits(...entries: [string, number, number[]?][]): Map<string, WordHit<string>> {
  return new Map(entries.map(([id, score, words = [0]]) => [id, { id, score, words, data: async () => id }]));
}

describe("wordWeight", () => {
  it("weighs a word on one page far above a word on every page", () => {
    expect(wordWeight(1, 20)).toBeGreaterThan(2);
    expect(wordWeight(20, 20)).toBeLessThan(0.05);
  });

  it("falls as more pages match", () => {
    expect(wordWeight(2, 20)).toBeGreaterThan(wordWeight(5, 20));
    expect(wordWeight(5, 20)).toBeGreaterThan(wordWeight(15, 20));
  });

  it("stays positive when the page count is unknown or too small", () => {
    expect(wordWeight(3, 0)).toBeGreaterThan(0);
  });
});

describe("matchStrength", () => {
  it("gives the best page 1 and nothing to a page without a score", () => {
    expect(matchStrength(8, 8)).toBe(1);
    expect(matchStrength(0, 8)).toBe(0);
    expect(matchStrength(3, 0)).toBe(0);
  });

  it("counts a passing mention far below its share of the best score", () => {
    expect(matchStrength(4, 8)).toBeCloseTo(0.25);
    expect(matchStrength(1, 10)).toBeLessThan(0.02);
  });
});

describe("pagesAbout", () => {
  it("counts the best page whole and a passing mention as a small part of a page", () => {
    expect(pagesAbout(hits(["topic", 10]))).toBe(1);
    expect(pagesAbout(hits(["topic", 10], ["mention", 2], ["other", 1]))).toBeCloseTo(1.05);
    expect(pagesAbout(hits(["a", 5], ["b", 5], ["c", 5]))).toBe(3);
  });

  it("counts nothing for a word no page matches", () => {
    expect(pagesAbout(hits())).toBe(0);
  });
});

describe("rankPages", () => {
  it("scales each word's scores to its best page, then weighs rare words above common ones", () => {
    const common = hits(...Array.from({ length: 18 }, (_, index): [string, number] => [`page${index}`, 40 - index]));
    const rare = hits(["topic", 2]);
    const ranked = rankPages([common, rare], 20);
    expect(ranked[0]?.id).toBe("topic");
  });

  it("adds up a page's words, so a page matching more of them comes first", () => {
    const ranked = rankPages([hits(["both", 1], ["one", 2]), hits(["both", 3])], 20);
    expect(ranked.map((page) => page.id)).toEqual(["both", "one"]);
  });

  it("ranks a page using the reader's two words side by side above one where they stand apart", async () => {
    const ranked = rankPages([hits(["phrase", 1, [10]], ["apart", 1, [10]]), hits(["phrase", 1, [11]], ["apart", 1, [90]])], 20);
    expect(ranked.map((page) => page.id)).toEqual(["phrase", "apart"]);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 0);
  });

  it("lets a phrase with a common word count: the page with the reader's phrase comes first", () => {
    // "why" is on every page (weighs almost nothing); "lie" is on two. The page with "why … lie" as the
    // reader wrote it (three words apart) beats the page matching "lie" a little better but not the phrase.
    const why = hits(...Array.from({ length: 20 }, (_, index): [string, number, number[]] => [index === 0 ? "phrase" : index === 1 ? "word" : `page${index}`, 1, [10]]));
    const lie = hits(["word", 10, [50]], ["phrase", 9, [13]]);
    expect(rankPages([why, lie], 20).map((page) => page.id).slice(0, 2)).toEqual(["phrase", "word"]);
  });

  it("weighs a word one page is about and many mention in passing above a word two pages are about", () => {
    // "hit" with its synonyms: one lesson is about it, nine mention "pushes" or "beaten" once.
    const about = hits(["safety", 10], ...Array.from({ length: 9 }, (_, index): [string, number] => [`mention${index}`, 1]));
    // "face": two pages, each using it in passing ("face to face") as much as the other.
    const stray = hits(["children", 3], ["money", 3]);
    expect(rankPages([about, stray], 20)[0]?.id).toBe("safety");
  });

  it("collects every matching position of a page for its excerpt", () => {
    const ranked = rankPages([hits(["page", 1, [4]]), hits(["page", 1, [9, 12]])], 20);
    expect(ranked[0]?.words).toEqual([4, 9, 12]);
  });

  it("returns nothing for no words or words without hits", () => {
    expect(rankPages([], 20)).toEqual([]);
    expect(rankPages([new Map()], 20)).toEqual([]);
  });
});

describe("cutWeakTail", () => {
  const scored = (...scores: number[]) => scores.map((score, index) => ({ id: String(index), score }));

  it("drops results below the chosen share of the best score", () => {
    expect(cutWeakTail(scored(10, 6, 4, 3.9, 1), { minShareOfBest: 0.4, maxResults: 5 }).map((page) => page.score)).toEqual([10, 6, 4]);
  });

  it("shows no more than the most results allowed", () => {
    expect(cutWeakTail(scored(5, 5, 5, 5, 5, 5, 5))).toHaveLength(tailCut.maxResults);
  });

  it("shows nothing when nothing scored", () => {
    expect(cutWeakTail([])).toEqual([]);
    expect(cutWeakTail(scored(0, 0))).toEqual([]);
  });

  it("uses the measured rule by default: at most three, none below 55% of the best", () => {
    expect(tailCut).toEqual({ minShareOfBest: 0.55, maxResults: 3 });
    expect(cutWeakTail(scored(10, 5.6, 5.4, 1)).map((page) => page.score)).toEqual([10, 5.6]);
  });
});
