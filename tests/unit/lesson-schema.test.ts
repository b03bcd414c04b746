import { describe, expect, it } from "vitest";
import { lessonSchema } from "../../src/lib/lesson-schema";

const valid = {
  title: "When it ends",
  order: 1,
  summary: "What happens at the end. How this course works.",
  questions: ["Why won't my ex stop?", "I feel numb", "Is this normal?"],
  searchTerms: ["numb"],
  reflections: [{ id: "how-you-feel", prompt: "How are you feeling today?" }],
  keyPoints: ["One", "Two", "Three"],
  sources: [
    { title: "Stalking and harassment (Sussex Police)", url: "https://www.sussex.police.uk/advice/" },
    { title: "Domestic abuse: how to get help (GOV.UK)", url: "https://www.gov.uk/guidance/domestic-abuse-how-to-get-help" },
  ],
  reviewed: "2026-11-29",
};

describe("lessonSchema", () => {
  it("accepts a complete lesson", () => {
    expect(lessonSchema.safeParse(valid).success).toBe(true);
  });

  it.each(["title", "order", "summary", "questions", "searchTerms", "reflections", "keyPoints", "sources", "reviewed"])("requires %s", (field) => {
    const { [field]: _removed, ...rest } = valid as Record<string, unknown>;
    const result = lessonSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("rejects a non-integer or zero order", () => {
    expect(lessonSchema.safeParse({ ...valid, order: 1.5 }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...valid, order: 0 }).success).toBe(false);
  });

  it("rejects reflection ids that are not kebab-case or repeat", () => {
    expect(lessonSchema.safeParse({ ...valid, reflections: [{ id: "How You Feel", prompt: "How are you feeling?" }] }).success).toBe(false);
    const twice = { id: "same", prompt: "How are you feeling?" };
    expect(lessonSchema.safeParse({ ...valid, reflections: [twice, twice] }).success).toBe(false);
  });

  it("keeps questions to between three and six", () => {
    expect(lessonSchema.safeParse({ ...valid, questions: ["One?", "Two?"] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...valid, questions: Array(7).fill("Why?") }).success).toBe(false);
  });

  it("reads the review date as a date", () => {
    expect(lessonSchema.parse(valid).reviewed).toEqual(new Date("2026-11-29T00:00:00Z"));
    expect(lessonSchema.safeParse({ ...valid, reviewed: "last spring" }).success).toBe(false);
  });

  it("needs at least two sources, each with a title and an https address", () => {
    const [first] = valid.sources;
    expect(lessonSchema.safeParse({ ...valid, sources: [first] }).success).toBe(false);
    const withUrl = (url: string) => ({ ...valid, sources: [...valid.sources, { title: "A page", url }] });
    expect(lessonSchema.safeParse(withUrl("https://www.refuge.org.uk/")).success).toBe(true);
    for (const url of ["http://www.refuge.org.uk/", "javascript:alert(1)", "/help/", "www.refuge.org.uk"]) {
      expect(lessonSchema.safeParse(withUrl(url)).success, url).toBe(false);
    }
    expect(lessonSchema.safeParse({ ...valid, sources: [...valid.sources, { title: "", url: "https://a.org/" }] }).success).toBe(false);
  });
});
