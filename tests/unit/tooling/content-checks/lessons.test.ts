import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { courseVoiceText, readLessonText } from "../../../../tooling/content-checks/lesson-text.ts";
import { readingGrade, wordsOf } from "../../../../tooling/content-checks/readability.ts";
import { genderedPronouns } from "../../../../tooling/content-checks/voice.ts";
import { lessonSchema } from "../../../../src/lib/lesson-schema";
import { isReviewStale, REVIEW_VALID_MONTHS } from "../../../../src/lib/review-date";

const lessonsDir = join(import.meta.dirname, "..", "..", "..", "..", "src", "content", "lessons");
const lessons = readdirSync(lessonsDir)
  .filter((name) => name.endsWith(".mdx"))
  .map((file) => ({ file, lesson: readLessonText(readFileSync(join(lessonsDir, file), "utf8")) }));

describe.each(lessons)("$file", ({ lesson }) => {
  it("has valid frontmatter", () => {
    expect(lessonSchema.safeParse(lesson.frontmatter).error?.issues ?? []).toEqual([]);
  });

  it("reads at grade 9 or below", () => {
    expect(readingGrade(lesson.prose)).toBeLessThanOrEqual(9);
  });

  it("is 400 to 900 words long", () => {
    const words = wordsOf(lesson.prose).length;
    expect(words).toBeGreaterThanOrEqual(400);
    expect(words).toBeLessThanOrEqual(900);
  });

  it("calls the ex 'your ex' or 'they', never he or she, outside readers' questions", () => {
    expect(genderedPronouns(courseVoiceText(lesson))).toEqual([]);
  });

  it(`was reviewed in the last ${REVIEW_VALID_MONTHS} months, and not in the future`, () => {
    const reviewed = lessonSchema.shape.reviewed.parse(lesson.frontmatter["reviewed"]);
    const now = new Date();
    expect(isReviewStale(reviewed, now), `reviewed ${reviewed.toISOString().slice(0, 10)}: check the lesson against its sources again`).toBe(false);
    expect(reviewed.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("has a two-sentence summary", () => {
    const summary = String(lesson.frontmatter["summary"]);
    expect(summary.split(/(?<=[.!?])\s+/).filter(Boolean)).toHaveLength(2);
  });
});

it("every lesson order is used once, from 1 with no gaps", () => {
  const orders = lessons.map(({ lesson }) => Number(lesson.frontmatter["order"])).sort((a, b) => a - b);
  expect(orders).toEqual(orders.map((_order, index) => index + 1));
});
