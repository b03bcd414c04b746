import { describe, expect, it } from "vitest";
import { meaningfulWords, queryConcepts, searchConcept, searchInReadersWords, splitWords } from "../../src/lib/search-query";
import type { WordHit } from "../../src/lib/search-ranking";

function hit(id: string, score: number, words: number[] = [0]): WordHit<string> {
  return { id, score, words, data: async () => id };
}

describe("splitWords", () => {
  it("lower-cases and drops punctuation but keeps apostrophes inside words", () => {
    expect(splitWords("He OWES me money!! I can’t—")).toEqual(["he", "owes", "me", "money", "i", "can't"]);
  });
});

describe("meaningfulWords", () => {
  it("keeps the words that carry the topic", () => {
    expect(meaningfulWords("he owes me money")).toEqual(["owes", "money"]);
    expect(meaningfulWords("I can't stop thinking about texting her")).toEqual(["stop", "thinking", "texting"]);
  });

  it("drops short common words, so they never make a result on their own", () => {
    expect(meaningfulWords("can I see my kids")).toEqual(["kids"]);
    expect(meaningfulWords("he hit me")).toEqual(["hit"]);
    expect(meaningfulWords("she is not my ex")).toEqual([]);
  });

  it("treats readers' other names for the ex as saying no more than \"ex\"", () => {
    expect(meaningfulWords("my husband tracks my location")).toEqual(["tracks", "location"]);
    expect(meaningfulWords("my girlfriend took my car")).toEqual(["took", "car"]);
  });

  it("returns nothing for a query of filler words, and repeats no word", () => {
    expect(meaningfulWords("what is it")).toEqual([]);
    expect(meaningfulWords("money money")).toEqual(["money"]);
  });
});

describe("queryConcepts", () => {
  it("gives each meaningful word its synonyms", () => {
    expect(queryConcepts("can I see my kids")).toEqual([{ word: "kids", forms: ["kids", "children", "child"] }]);
  });

  it("counts two words of one synonym group once", () => {
    expect(queryConcepts("kids children").map((concept) => concept.word)).toEqual(["kids"]);
  });
});

describe("searchConcept", () => {
  it("searches every form and keeps each page's best score and every matching position", async () => {
    const index: Record<string, WordHit<string>[]> = { kids: [hit("children", 2, [5])], children: [hit("children", 6, [9]), hit("public", 1, [3])] };
    const hits = await searchConcept(async (term) => ({ results: index[term] ?? [] }), { word: "kids", forms: ["kids", "children"] });
    expect(hits.get("children")?.score).toBe(6);
    expect(hits.get("children")?.words).toEqual([5, 9]);
    expect(hits.get("public")?.score).toBe(1);
  });
});

describe("searchInReadersWords", () => {
  const index: Record<string, WordHit<string>[]> = {
    owes: [hit("money", 5), hit("final-message", 1)],
    money: [hit("money", 6), hit("benefits", 1)],
    he: [hit("a", 9), hit("b", 9), hit("c", 9)],
    me: [hit("a", 9), hit("b", 9), hit("c", 9)],
  };
  const searched: string[] = [];
  const search = async (term: string) => {
    searched.push(term);
    return { results: index[term] ?? [] };
  };

  it("puts the page matching the reader's words first and cuts pages far below it", async () => {
    const found = await searchInReadersWords(search, "he owes me money", 20);
    expect(found.map((page) => page.id)).toEqual(["money"]);
  });

  it("never searches stop words", async () => {
    searched.length = 0;
    await searchInReadersWords(search, "he owes me money", 20);
    expect(searched).not.toContain("he");
    expect(searched).not.toContain("me");
  });

  it("finds nothing for words the index has never seen, or for stop words alone", async () => {
    expect(await searchInReadersWords(search, "zzqxv", 20)).toEqual([]);
    expect(await searchInReadersWords(search, "he me", 20)).toEqual([]);
  });

  it("treats a search that returns null as no results", async () => {
    expect(await searchInReadersWords(async () => null, "money owes", 20)).toEqual([]);
  });
});
