import { describe, expect, it } from "vitest";
import { describeOverage, KB, lessonBudget, overages, shareOfBudget } from "../../../scripts/budgets.ts";

describe("lesson page budgets", () => {
  it("are the issue's limits in gzip bytes", () => {
    expect(lessonBudget).toEqual({ html: 6 * KB, css: 8 * KB, js: 12 * KB });
  });

  it("pass a page at or under every limit", () => {
    expect(overages("/lessons/a/", { html: 6 * KB, css: 100, js: 0 }, lessonBudget)).toEqual([]);
  });

  it("name each resource over its limit and by how much", () => {
    const found = overages("/lessons/a/", { html: 6 * KB + 10, css: 100, js: 12 * KB + 1 }, lessonBudget);
    expect(found).toEqual([
      { page: "/lessons/a/", kind: "html", bytes: 6154, limit: 6144, over: 10 },
      { page: "/lessons/a/", kind: "js", bytes: 12289, limit: 12288, over: 1 },
    ]);
  });

  it("describe an overage with the page, the resource and the bytes over", () => {
    const message = describeOverage({ page: "/lessons/a/", kind: "css", bytes: 8200, limit: 8192, over: 8 });
    expect(message).toBe("/lessons/a/: CSS is 8200 B gz, 8 B over its 8192 B (8 kB) budget");
  });

  it("report the share of a budget used", () => {
    expect(shareOfBudget(4608, 6144)).toBe(0.75);
  });
});
