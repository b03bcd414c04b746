import { describe, expect, it } from "vitest";
import { CourseError } from "../../src/lib/course-order";
import { selectTopTips, type TopTipsLesson } from "../../src/lib/top-tips";

function lesson(id: string, place?: number): TopTipsLesson {
  return { id, data: { title: `Title of ${id}`, keyPoints: [`${id} tip`], topTips: place === undefined ? undefined : { place, heading: `Heading of ${id}` } } };
}

describe("selectTopTips", () => {
  it("takes the key points of the lessons that name a place, in the order of their places", () => {
    const course = [lesson("first"), lesson("second", 2), lesson("third"), lesson("fourth", 1)];
    const sections = selectTopTips(course);
    expect(sections.map((section) => section.lesson.slug)).toEqual(["fourth", "second"]);
    expect(sections[0]).toEqual({
      id: "fourth",
      heading: "Heading of fourth",
      lesson: { slug: "fourth", title: "Title of fourth", number: 4 },
      points: ["fourth tip"],
    });
  });

  it("follows the lessons when their key points change", () => {
    const changed: TopTipsLesson = { id: "a", data: { ...lesson("a", 1).data, keyPoints: ["A new checklist line."] } };
    expect(selectTopTips([changed])[0]?.points).toEqual(["A new checklist line."]);
  });

  it("stops when no lesson is on the sheet", () => {
    expect(() => selectTopTips([lesson("a"), lesson("b")])).toThrow(CourseError);
    expect(() => selectTopTips([lesson("a")])).toThrow(/no lesson has `topTips`/);
  });

  it("stops naming the lesson whose place repeats or leaves a gap", () => {
    expect(() => selectTopTips([lesson("a", 1), lesson("b", 1)])).toThrow(/"b" has place 1, expected 2/);
    expect(() => selectTopTips([lesson("a", 1), lesson("b", 3)])).toThrow(/"b" has place 3, expected 2/);
  });
});
