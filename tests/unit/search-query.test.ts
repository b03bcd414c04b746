import { describe, expect, it } from "vitest";
import { isFormOf, meaningfulWords, queryConcepts, searchConcept, searchInReadersWords, splitWords, type PageText } from "../../src/lib/search-query";
import type { WordHit } from "../../src/lib/search-ranking";

/** A page as the tests index it: its id, and text whose every word is the word searched (unless given). */
interface TestPage extends PageText {
  id: string;
}

function hit(id: string, score: number, words: number[] = [0], content?: string): WordHit<TestPage> {
  return { id, score, words, data: async () => ({ id, content: content ?? id }) };
}

/** A search over a fixed index whose pages' text is the searched word at every position. */
const indexSearch = (index: Record<string, WordHit<TestPage>[]>) => async (term: string) => ({
  results: (index[term] ?? []).map((found) => ({ ...found, data: async () => ({ id: found.id, content: Array(100).fill(term).join(" ") }) })),
});

describe("splitWords", () => {
  it("lower-cases and drops punctuation but keeps apostrophes inside words", () => {
    expect(splitWords("He OWES me money!! I can’t—")).toEqual(["he", "owes", "me", "money", "i", "can't"]);
  });

  it("keeps a hyphenated word whole, joined as Pagefind indexes it, so its parts never match alone", () => {
    expect(splitWords("my in-laws hate me")).toEqual(["my", "inlaws", "hate", "me"]);
    expect(splitWords("co-parenting after a break‑up")).toEqual(["coparenting", "after", "a", "breakup"]);
    expect(splitWords("money - and more")).toEqual(["money", "and", "more"]);
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

  it("drops function words the usual list lacks: when, will, someone, reflexive pronouns", () => {
    expect(meaningfulWords("what should I take with me when I run")).toEqual(["run"]);
    expect(meaningfulWords("someone logged into my facebook")).toEqual(["logged", "facebook"]);
    expect(meaningfulWords("I blame myself for everything")).toEqual(["blame"]);
  });

  it("drops words that only stress another (\"right now\", \"best friend\") but keeps \"rights\"", () => {
    expect(meaningfulWords("my ex is outside my house right now")).toEqual(["outside", "house"]);
    expect(meaningfulWords("my best friend still hangs out with him")).toEqual(["friend", "hangs"]);
    expect(meaningfulWords("what are my rights to the house")).toEqual(["rights", "house"]);
  });

  it("searches \"in-laws\" as one word, not \"laws\"", () => {
    expect(meaningfulWords("my in-laws keep asking me to give him another chance")).toEqual(["inlaws", "asking", "give", "chance"]);
  });

  it("keeps \"let\", which carries the meaning of \"let him back in\"", () => {
    expect(meaningfulWords("I let him back in again")).toEqual(["let", "back"]);
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

describe("isFormOf", () => {
  it("accepts the word itself and its stemmed forms, whatever their case and punctuation", () => {
    expect(isFormOf("owes", "owe")).toBe(true);
    expect(isFormOf("sending", "send,")).toBe(true);
    expect(isFormOf("texting", "Texts.")).toBe(true);
    expect(isFormOf("pushed", "push")).toBe(true);
    expect(isFormOf("message", "messages")).toBe(true);
    expect(isFormOf("beginning", "begin")).toBe(true);
    expect(isFormOf("stopping", "stop")).toBe(true);
  });

  it("rejects a much shorter word the searched word merely starts with (Pagefind's fallback)", () => {
    expect(isFormOf("history", "His")).toBe(false);
    expect(isFormOf("attacks", "at")).toBe(false);
    expect(isFormOf("facebook", "face")).toBe(false);
  });
});

describe("searchConcept", () => {
  it("searches every form and keeps each page's best score and every matching position", async () => {
    const index: Record<string, WordHit<TestPage>[]> = { kids: [hit("children", 2, [5])], children: [hit("children", 6, [9]), hit("public", 1, [3])] };
    const hits = await searchConcept(indexSearch(index), { word: "kids", forms: ["kids", "children"] });
    expect(hits.get("children")?.score).toBe(6);
    expect(hits.get("children")?.words).toEqual([5, 9]);
    expect(hits.get("public")?.score).toBe(1);
  });

  it("drops a form whose hits are only a shorter word it starts with, and keeps its real forms", async () => {
    const search = async (term: string) => ({
      results: term === "history" ? [hit("friends", 4, [1], "Why his friends")] : [hit("orders", 2, [0], "past, violent past")],
    });
    const hits = await searchConcept(search, { word: "history", forms: ["history", "past"] });
    expect([...hits.keys()]).toEqual(["orders"]);
  });

  it("keeps hits on a word past the visible text: a lesson's search terms, indexed from an attribute", async () => {
    const hits = await searchConcept(async () => ({ results: [hit("first-steps", 3, [7], "Short visible text")] }), { word: "beginning", forms: ["beginning"] });
    expect([...hits.keys()]).toEqual(["first-steps"]);
  });

  it("keeps hits that match in a page's metadata alone, with no word to check", async () => {
    const hits = await searchConcept(async () => ({ results: [hit("titled", 3, [])] }), { word: "money", forms: ["money"] });
    expect([...hits.keys()]).toEqual(["titled"]);
  });
});

describe("searchInReadersWords", () => {
  const index: Record<string, WordHit<TestPage>[]> = {
    owes: [hit("money", 5), hit("final-message", 1)],
    money: [hit("money", 6), hit("benefits", 1)],
    he: [hit("a", 9), hit("b", 9), hit("c", 9)],
    me: [hit("a", 9), hit("b", 9), hit("c", 9)],
  };
  const searched: string[] = [];
  const search = async (term: string) => {
    searched.push(term);
    return indexSearch(index)(term);
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
