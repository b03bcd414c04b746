import { describe, expect, it } from "vitest";
import { CourseError } from "../../src/lib/course";
import { selectTopTips, topTipsSources, type TopTipsLesson } from "../../src/lib/top-tips";

function lesson(id: string, keyPoints: string[] = [`${id} tip`]): TopTipsLesson {
  return { id, data: { title: `Title of ${id}`, keyPoints } };
}

const course = [
  "when-it-ends",
  "establishing-no-contact",
  "harassment-and-the-police",
  "the-urge-to-reach-out",
  "taking-back-control",
].map((id) => lesson(id));

describe("selectTopTips", () => {
  it("takes each section's key points from its lesson, in the sheet's order", () => {
    const sections = selectTopTips(course);
    expect(sections.map((section) => section.lesson.slug)).toEqual([
      "taking-back-control",
      "establishing-no-contact",
      "the-urge-to-reach-out",
      "harassment-and-the-police",
    ]);
    expect(sections[0]).toEqual({
      id: "taking-back-control",
      heading: "Taking back control",
      lesson: { slug: "taking-back-control", title: "Title of taking-back-control", number: 5 },
      points: ["taking-back-control tip"],
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
      /top-tips sheet.*\n- "Taking back control" draws from the lesson "taking-back-control", but no lesson has that slug\n- "When the urge/,
    );
  });

  it("stops when a source lesson has no key points", () => {
    const empty = course.map((entry) => (entry.id === "taking-back-control" ? lesson(entry.id, []) : entry));
    expect(() => selectTopTips(empty)).toThrow(/"taking-back-control", but it has no keyPoints/);
  });

  it("draws from four different lessons", () => {
    expect(new Set(topTipsSources.map((source) => source.lessonSlug)).size).toBe(4);
  });
});
