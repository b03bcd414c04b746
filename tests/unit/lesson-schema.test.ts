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
};

describe("lessonSchema", () => {
  it("accepts a complete lesson", () => {
    expect(lessonSchema.safeParse(valid).success).toBe(true);
  });

  it.each(["title", "order", "summary", "questions", "searchTerms", "reflections", "keyPoints"])("requires %s", (field) => {
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
});
