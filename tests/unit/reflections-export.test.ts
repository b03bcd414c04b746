import { describe, expect, it } from "vitest";
import { groupByLesson, readableDate, reflectionsAsMarkdown, reflectionsAsText, type CourseLessonPrompts } from "../../src/lib/reflections-export";
import { exportWords as words } from "../../src/islands/my-reflections/export-words";
import type { ReflectionAnswer } from "../../src/lib/storage/reflections-store";

const course: CourseLessonPrompts[] = [
  { slug: "when-it-ends", title: "When it ends", number: 1, href: "/lessons/when-it-ends/", prompts: [{ id: "feel", prompt: "How do you feel?" }, { id: "small", prompt: "One small thing?" }] },
  { slug: "wanting-answers", title: "Wanting answers", number: 2, href: "/lessons/wanting-answers/", prompts: [{ id: "know", prompt: "What do you know?" }] },
];

const answer = (lesson: string, prompt: string, text: string): ReflectionAnswer => ({ lesson, prompt, text, updatedAt: "2025-03-12T12:00:00.000Z" });

describe("groupByLesson", () => {
  it("groups answers by lesson in course order, prompts in lesson order", () => {
    const groups = groupByLesson([answer("wanting-answers", "know", "c"), answer("when-it-ends", "small", "b"), answer("when-it-ends", "feel", "a")], course);
    expect(groups.map((group) => group.lesson?.slug)).toEqual(["when-it-ends", "wanting-answers"]);
    expect(groups[0]?.answered.map((item) => [item.prompt, item.answer.text])).toEqual([["How do you feel?", "a"], ["One small thing?", "b"]]);
  });

  it("keeps answers to prompts and lessons no longer in the course, last", () => {
    const groups = groupByLesson([answer("old-lesson", "gone", "x"), answer("when-it-ends", "retired", "y")], course);
    expect(groups.map((group) => group.lesson?.slug)).toEqual(["when-it-ends", undefined]);
    expect(groups[0]?.answered[0]?.prompt).toBeUndefined();
    expect(groups[1]?.answered[0]?.answer.text).toBe("x");
  });

  it("is empty without answers", () => {
    expect(groupByLesson([], course)).toEqual([]);
  });
});

const british = { locale: "en-GB", timeZone: "UTC" };

describe("exports", () => {
  const now = new Date("2025-04-01T12:00:00.000Z");
  const groups = groupByLesson([answer("when-it-ends", "feel", "Tired.\nBut here. <b>not bold</b>"), answer("wanting-answers", "know", "Enough.")], course);

  it("writes a plain text file with every answer under its lesson and question", () => {
    expect(reflectionsAsText(groups, now, words, british)).toBe(
      [
        "My reflections",
        "Downloaded 1 April 2025",
        "",
        "",
        "Lesson 1: When it ends",
        "======================",
        "",
        "How do you feel?",
        "(last edited 12 March 2025)",
        "",
        "Tired.",
        "But here. <b>not bold</b>",
        "",
        "",
        "Lesson 2: Wanting answers",
        "=========================",
        "",
        "What do you know?",
        "(last edited 12 March 2025)",
        "",
        "Enough.",
        "",
      ].join("\n"),
    );
  });

  it("writes Markdown with lessons and questions as headings and the text exactly as written", () => {
    const markdown = reflectionsAsMarkdown(groups, now, words, british);
    expect(markdown).toContain("# My reflections\n\nDownloaded 1 April 2025\n");
    expect(markdown).toContain("## Lesson 1: When it ends\n\n### How do you feel?\n\n_Last edited 12 March 2025_\n\nTired.\nBut here. <b>not bold</b>\n");
    expect(markdown.indexOf("Lesson 1")).toBeLessThan(markdown.indexOf("Lesson 2"));
    expect(markdown.endsWith("Enough.\n")).toBe(true);
  });

  it("does not name the site, so the file reads as the reader's own notes", () => {
    expect(reflectionsAsText(groups, now, words, british)).not.toMatch(/no contact/i);
    expect(reflectionsAsMarkdown(groups, now, words, british)).not.toMatch(/no contact/i);
  });

  it("formats dates in the page's language", () => {
    expect(readableDate("2025-12-25T12:00:00.000Z", british)).toBe("25 December 2025");
    expect(readableDate("2025-12-25T12:00:00.000Z", { locale: "en-US", timeZone: "UTC" })).toBe("December 25, 2025");
  });
});
