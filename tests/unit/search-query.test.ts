import { describe, expect, it } from "vitest";
import { meaningfulWords, mergeRanked, searchInReadersWords, splitWords, type RankedResult } from "../../src/lib/search-query";

function result(id: string, score: number): RankedResult<string> {
  return { id, score, data: async () => id };
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

  it("returns nothing for a query of filler words", () => {
    expect(meaningfulWords("what is it")).toEqual([]);
  });

  it("does not repeat a word", () => {
    expect(meaningfulWords("money money")).toEqual(["money"]);
  });
});

describe("mergeRanked", () => {
  it("adds scores of the same page and sorts by the total", () => {
    const merged = mergeRanked([[result("a", 1), result("b", 3)], [result("a", 2.5)]]);
    expect(merged.map((entry) => [entry.id, entry.score])).toEqual([
      ["a", 3.5],
      ["b", 3],
    ]);
  });
});

describe("searchInReadersWords", () => {
  const index: Record<string, RankedResult<string>[]> = {
    owes: [result("money", 2)],
    money: [result("money", 3), result("benefits", 1)],
    "my ex keeps texting me": [result("contact", 5), result("police", 4), result("urge", 1)],
  };
  const search = async (query: string) => ({ results: index[query] ?? [] });

  it("uses the whole query when it finds enough pages", async () => {
    const found = await searchInReadersWords(search, "my ex keeps texting me");
    expect(found.map((entry) => entry.id)).toEqual(["contact", "police", "urge"]);
  });

  it("falls back to each meaningful word and ranks pages matching more words first", async () => {
    const found = await searchInReadersWords(search, "he owes me money");
    expect(found.map((entry) => entry.id)).toEqual(["money", "benefits"]);
    expect(found[0]?.score).toBe(5);
  });

  it("finds nothing for words the index has never seen", async () => {
    expect(await searchInReadersWords(search, "zzqxv")).toEqual([]);
  });

  it("treats a search that returns null as no results", async () => {
    expect(await searchInReadersWords(async () => null, "money owes")).toEqual([]);
  });
});
