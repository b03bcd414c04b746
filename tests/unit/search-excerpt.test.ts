import { describe, expect, it } from "vitest";
import { buildExcerpt, type ExcerptPart } from "../../src/lib/search-excerpt";

const text = (parts: ExcerptPart[]) => parts.map((part) => part.text).join("");
const marked = (parts: ExcerptPart[]) => parts.filter((part) => part.marked).map((part) => part.text);
/** Word positions of `words` in `content`, as Pagefind numbers them. */
const at = (content: string, ...words: string[]) =>
  content.split(/\s+/).flatMap((word, index) => (words.some((wanted) => word.toLowerCase().startsWith(wanted)) ? [index] : []));

const terms = "money, owes, debt, loan, stole";
const content = [
  "Money and belongings. This lesson is about money your ex owes you.",
  "Questions this lesson answers. He owes me money. He took my car.",
  `${terms}.`,
  "Leaving can mean leaving things behind. Your ex may owe you money, keep your car, or hold on to your belongings.",
  "They may have taken things from you while you were together, or run up debts in your name. It is natural to want it all back.",
].join(" ");

describe("buildExcerpt", () => {
  it("never shows the hidden search terms, even where they matched", () => {
    const parts = buildExcerpt({ content, matched: at(content, "owe", "debt", "loan", "stole"), hidden: terms, title: "Money and belongings" }, 12);
    expect(text(parts)).not.toContain("debt, loan");
    expect(text(parts)).not.toContain("stole");
  });

  it("marks every form that matched, without the punctuation around it", () => {
    const owing = "If your ex owes you, it can hurt. Your ex may owe you money, or say you owed them.";
    const parts = buildExcerpt({ content: owing, matched: at(owing, "owe") }, 40);
    expect(marked(parts)).toContain("owes");
    expect(marked(parts)).toContain("owe");
    expect(marked(parts)).toContain("owed");
    expect(marked(parts).every((word) => /^\w+$/.test(word))).toBe(true);
  });

  it("starts at a sentence when one is near and marks a cut with an ellipsis", () => {
    const parts = buildExcerpt({ content, matched: at(content, "taken"), hidden: terms }, 10);
    expect(text(parts)).toMatch(/^They may have taken/);
    expect(text(parts)).toMatch(/ …$/);
  });

  it("opens with an ellipsis when it starts mid-sentence", () => {
    const long = `${"word ".repeat(40)}here is the match at last.`;
    const parts = buildExcerpt({ content: long, matched: at(long, "match") }, 8);
    expect(text(parts)).toMatch(/^… /);
    expect(marked(parts)).toEqual(["match"]);
  });

  it("cuts only between whole words", () => {
    const parts = buildExcerpt({ content, matched: at(content, "car"), hidden: terms }, 7);
    const words = new Set(content.split(/\s+/));
    for (const word of text(parts).replace(/…/g, "").trim().split(/\s+/)) expect(words.has(word)).toBe(true);
  });

  it("without a visible match, shows the text after the title, unmarked", () => {
    const parts = buildExcerpt({ content, matched: at(content, "loan"), hidden: terms, title: "Money and belongings" }, 6);
    expect(text(parts)).toMatch(/^This lesson is about money/);
    expect(marked(parts)).toEqual([]);
  });

  it("leaves out the title, which the result shows already", () => {
    const parts = buildExcerpt({ content, matched: at(content, "money"), hidden: terms, title: "Money and belongings" }, 8);
    expect(text(parts)).toMatch(/^This lesson is about money/);
    expect(marked(parts)).toContain("money");
  });

  it("keeps reader-facing characters as plain text", () => {
    const parts = buildExcerpt({ content: "Tags like <b> & “quotes” stay text.", matched: [1] });
    expect(text(parts)).toBe("Tags like <b> & “quotes” stay text.");
  });
});
