import { describe, expect, it } from "vitest";
import { syntheticLesson, syntheticSlug } from "../../../scripts/synthetic-lessons.ts";

const lesson = `---
title: Money and belongings
order: 12
summary: >-
  Two sentences. With an order: 3 inside.
---

Body with title: in it.
`;

describe("syntheticLesson", () => {
  it("continues the course order and makes the title unique", () => {
    const copy = syntheticLesson(lesson, 2, 14);
    expect(copy).toContain("order: 40\n");
    expect(copy).toContain('title: "Money and belongings (copy 2)"\n');
  });

  it("leaves everything else alone", () => {
    const copy = syntheticLesson(lesson, 1, 14);
    expect(copy).toContain("  Two sentences. With an order: 3 inside.\n");
    expect(copy).toContain("Body with title: in it.\n");
  });

  it("unwraps a quoted title before adding to it", () => {
    expect(syntheticLesson('---\ntitle: "Why: now"\norder: 1\n---\n', 1, 14)).toContain('title: "Why: now (copy 1)"');
  });

  it("gives each copy its own slug", () => {
    expect(syntheticSlug("wanting-answers", 3)).toBe("wanting-answers-copy-3");
  });
});
