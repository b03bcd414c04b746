import { describe, expect, it } from "vitest";
import { formsOf, sameMeaning, synonymGroups } from "../../src/lib/search-synonyms";

describe("synonymGroups", () => {
  it("holds lower-case single words, at least two to a group", () => {
    for (const group of synonymGroups) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      for (const word of group) expect(word).toMatch(/^[a-z]+$/);
    }
  });

  it("puts a word in one group at most", () => {
    const words = synonymGroups.flat();
    expect(new Set(words).size).toBe(words.length);
  });

  it("never names a lesson: no group word is a lesson slug or a page path", () => {
    for (const word of synonymGroups.flat()) expect(word).not.toMatch(/-|\//);
  });

  it("joins the words readers use that stemming cannot join", () => {
    expect(sameMeaning("kids", "children")).toBe(true);
    expect(sameMeaning("stalking", "following")).toBe(true);
    expect(sameMeaning("stole", "stolen")).toBe(true);
    expect(sameMeaning("hit", "violence")).toBe(true);
  });

  it("joins readers' everyday words for the same thing: messages, phones, social media, tracking, fear", () => {
    expect(sameMeaning("texts", "messages")).toBe(true);
    expect(sameMeaning("calling", "ringing")).toBe(true);
    expect(sameMeaning("mobile", "phone")).toBe(true);
    expect(sameMeaning("instagram", "facebook")).toBe(true);
    expect(sameMeaning("tracker", "location")).toBe(true);
    expect(sameMeaning("afraid", "scared")).toBe(true);
    expect(sameMeaning("showing", "turning")).toBe(true);
    expect(sameMeaning("raped", "forced")).toBe(true);
  });

  it("joins readers' names for help, people and acts where the lessons use another word", () => {
    expect(sameMeaning("counsellor", "counselling")).toBe(true);
    expect(sameMeaning("therapist", "counselling")).toBe(true);
    expect(sameMeaning("panic", "anxiety")).toBe(true);
    expect(sameMeaning("judge", "court")).toBe(true);
    expect(sameMeaning("manager", "coworker")).toBe(true);
    expect(sameMeaning("mum", "family")).toBe(true);
    expect(sameMeaning("pushed", "hit")).toBe(true);
    expect(sameMeaning("threatened", "threat")).toBe(true);
    expect(sameMeaning("whatsapp", "messages")).toBe(true);
  });

  it("joins what readers say of the door and of violence where the lessons use another word", () => {
    expect(sameMeaning("banging", "knocking")).toBe(true);
    expect(sameMeaning("grabbed", "hit")).toBe(true);
    expect(sameMeaning("throat", "strangled")).toBe(true);
    expect(sameMeaning("throat", "hit")).toBe(false);
  });

  it("keeps apart words with a second, common meaning readers use", () => {
    // "Beat yourself up" is blame, not violence; "parents" leads to co-parenting; "lost" is a feeling
    // ("I feel lost") far more often than the past of "lose" ("lose friends").
    expect(sameMeaning("beat", "hit")).toBe(false);
    expect(sameMeaning("parents", "family")).toBe(false);
    expect(sameMeaning("lost", "lose")).toBe(false);
  });

  it("keeps unrelated words apart", () => {
    expect(sameMeaning("kids", "money")).toBe(false);
    expect(sameMeaning("money", "car")).toBe(false);
    expect(sameMeaning("kids", "stalking")).toBe(false);
  });
});

describe("formsOf", () => {
  it("gives the reader's word first, then the rest of its group", () => {
    expect(formsOf("kids")).toEqual(["kids", "children", "child"]);
    expect(formsOf("children")).toEqual(["children", "kids", "child"]);
  });

  it("gives a word outside every group on its own", () => {
    expect(formsOf("money")).toEqual(["money"]);
  });
});
