import { describe, expect, it } from "vitest";
import { CourseError } from "../../src/lib/course";
import { selectTopTips, topTipsSources, type TopTipsLesson } from "../../src/lib/top-tips";

function lesson(id: string, keyPoints: string[] = [`${id} tip`]): TopTipsLesson {
  return { id, data: { title: `Title of ${id}`, keyPoints } };
}

const course = [
  "when-it-ends",
  "establishing-no-contact",
  "staying-safe-as-you-leave",
  "harassment-and-the-police",
  "the-urge-to-reach-out",
  "taking-back-control",
].map((id) => lesson(id));

describe("selectTopTips", () => {
  it("takes each section's key points from its lesson, in the sheet's order", () => {
    const sections = selectTopTips(course);
    expect(sections.map((section) => section.lesson.slug)).toEqual([
      "harassment-and-the-police",
      "staying-safe-as-you-leave",
      "establishing-no-contact",
      "the-urge-to-reach-out",
      "taking-back-control",
    ]);
    expect(sections[0]).toEqual({
      id: "when-to-call-for-help",
      lesson: { slug: "harassment-and-the-police", title: "Title of harassment-and-the-police", number: 4 },
      points: ["harassment-and-the-police tip"],
    });
  });

  it("follows the lessons when their key points change", () => {
    const changed = course.map((entry) => (entry.id === "establishing-no-contact" ? lesson(entry.id, ["A new checklist line."]) : entry));
    expect(selectTopTips(changed).find((section) => section.id === "no-contact-checklist")?.points).toEqual(["A new checklist line."]);
  });

  it("stops with a message naming every missing lesson", () => {
    const withoutTwo = course.filter((entry) => entry.id !== "taking-back-control" && entry.id !== "the-urge-to-reach-out");
    expect(() => selectTopTips(withoutTwo)).toThrow(CourseError);
    expect(() => selectTopTips(withoutTwo)).toThrow(
      /top-tips sheet.*\n- The section "when-the-urge-comes" draws from the lesson "the-urge-to-reach-out", but no lesson has that slug\n- The section "taking-back-control"/,
    );
  });

  it("stops when a source lesson has no key points", () => {
    const empty = course.map((entry) => (entry.id === "taking-back-control" ? lesson(entry.id, []) : entry));
    expect(() => selectTopTips(empty)).toThrow(/"taking-back-control", but it has no keyPoints/);
  });

  it("draws each section from a different lesson, when to call for help and the safety plan first", () => {
    expect(new Set(topTipsSources.map((source) => source.lessonSlug)).size).toBe(topTipsSources.length);
    expect(topTipsSources.slice(0, 2).map((source) => source.id)).toEqual(["when-to-call-for-help", "your-safety-plan"]);
  });
});
