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
  it("scales each list so its best page scores 1, then adds a page's scores", () => {
    const merged = mergeRanked([[result("a", 2), result("b", 4)], [result("a", 10)]]);
    expect(merged.map((entry) => [entry.id, entry.score])).toEqual([
      ["a", 1.5],
      ["b", 1],
    ]);
  });

  it("keeps a long query's big raw scores from drowning single words", () => {
    const merged = mergeRanked([[result("common", 30)], [result("topic", 2)], [result("topic", 3), result("common", 1)]]);
    expect(merged[0]?.id).toBe("topic");
  });

  it("returns nothing for no lists or empty lists", () => {
    expect(mergeRanked([])).toEqual([]);
    expect(mergeRanked([[], []])).toEqual([]);
  });
});

describe("searchInReadersWords", () => {
  const index: Record<string, RankedResult<string>[]> = {
    owes: [result("money", 2)],
    money: [result("money", 3), result("benefits", 1)],
    texting: [result("contact", 5), result("police", 4), result("urge", 1)],
    "my ex keeps texting me": [result("contact", 5), result("police", 4), result("urge", 1)],
    "can the police help": [result("children", 9), result("money", 8), result("lies", 7)],
    police: [result("harassment", 3), result("children", 1)],
    help: [result("harassment", 2), result("lies", 1)],
  };
  const searched: string[] = [];
  const search = async (query: string) => {
    searched.push(query);
    return { results: index[query] ?? [] };
  };

  it("keeps the whole query's ranking when it has one meaningful word and enough pages", async () => {
    searched.length = 0;
    const found = await searchInReadersWords(search, "my ex keeps texting me");
    expect(found.map((entry) => entry.id)).toEqual(["contact", "police", "urge"]);
    expect(searched).toEqual(["my ex keeps texting me"]);
  });

  it("falls back to each meaningful word when Pagefind needs every word on one page", async () => {
    const found = await searchInReadersWords(search, "he owes me money");
    expect(found.map((entry) => entry.id)).toEqual(["money", "benefits"]);
  });

  it("lets pages that match several meaningful words beat the whole query's loose matches", async () => {
    const found = await searchInReadersWords(search, "can the police help");
    expect(found[0]?.id).toBe("harassment");
  });

  it("finds nothing for words the index has never seen", async () => {
    expect(await searchInReadersWords(search, "zzqxv")).toEqual([]);
  });

  it("treats a search that returns null as no results", async () => {
    expect(await searchInReadersWords(async () => null, "money owes")).toEqual([]);
  });
});
