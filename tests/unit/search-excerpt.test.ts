import { describe, expect, it } from "vitest";
import { parseExcerpt } from "../../src/lib/search-excerpt";

describe("parseExcerpt", () => {
  it("splits marked and plain text", () => {
    expect(parseExcerpt("if your ex <mark>owes</mark> you <mark>money</mark>.")).toEqual([
      { text: "if your ex ", marked: false },
      { text: "owes", marked: true },
      { text: " you ", marked: false },
      { text: "money", marked: true },
      { text: ".", marked: false },
    ]);
  });

  it("decodes escaped characters so they show as text, never as markup", () => {
    expect(parseExcerpt("&lt;script&gt; &amp; <mark>&quot;x&quot;</mark>")).toEqual([
      { text: "<script> & ", marked: false },
      { text: '"x"', marked: true },
    ]);
  });

  it("returns nothing for an empty excerpt", () => {
    expect(parseExcerpt("")).toEqual([]);
  });
});
