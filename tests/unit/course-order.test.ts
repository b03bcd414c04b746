import { describe, expect, it } from "vitest";
import { CourseError, findLessonLinks, orderCourse, positionOf, type LessonEntry } from "../../src/lib/course-order";

function lesson(id: string, order: number, body = ""): LessonEntry {
  return {
    id,
    filePath: `src/content/lessons/${id}.mdx`,
    body,
    data: { title: id, order, summary: "A summary.", questions: [], searchTerms: [], reflections: [], keyPoints: [], sources: [], reviewed: new Date("2026-11-29") },
  };
}

describe("orderCourse", () => {
  it("sorts lessons by their order", () => {
    const course = orderCourse([lesson("b", 2), lesson("c", 3), lesson("a", 1)]);
    expect(course.map((entry) => entry.id)).toEqual(["a", "b", "c"]);
  });

  it("names both files when two lessons share an order", () => {
    expect(() => orderCourse([lesson("a", 1), lesson("b", 1)])).toThrow(
      /b\.mdx: order 1 is also used by src\/content\/lessons\/a\.mdx/,
    );
  });

  it("names the file that leaves a gap", () => {
    expect(() => orderCourse([lesson("a", 1), lesson("c", 3)])).toThrow(/c\.mdx: order 3 leaves a gap \(expected 2\)/);
  });

  it("names the file and slug of a link to no lesson", () => {
    const entries = [lesson("a", 1, 'See <LessonLink to="nope">this</LessonLink>.'), lesson("b", 2)];
    expect(() => orderCourse(entries)).toThrow(/a\.mdx: <LessonLink to="nope"> names no lesson/);
  });

  it("accepts links to real lessons and PageLinks", () => {
    const entries = [lesson("a", 1, '<LessonLink to="b">b</LessonLink> <PageLink href="/help/">help</PageLink>'), lesson("b", 2)];
    expect(orderCourse(entries)).toHaveLength(2);
  });

  it("rejects raw site links that would break under a sub-path", () => {
    expect(() => orderCourse([lesson("a", 1, "[help](/help/)")])).toThrow(CourseError);
    expect(() => orderCourse([lesson("a", 1, '<a href="/help/">help</a>')])).toThrow(/raw site link/);
  });
});

describe("findLessonLinks", () => {
  it("finds every LessonLink target with either quote style", () => {
    expect(findLessonLinks(`<LessonLink to="a">x</LessonLink> and <LessonLink to='b'>y</LessonLink>`)).toEqual(["a", "b"]);
  });
});

describe("positionOf", () => {
  const course = orderCourse([lesson("a", 1), lesson("b", 2), lesson("c", 3)]);

  it("gives the number, total and neighbours", () => {
    const position = positionOf(course, "b");
    expect(position).toMatchObject({ number: 2, total: 3 });
    expect(position.previous?.id).toBe("a");
    expect(position.next?.id).toBe("c");
  });

  it("has no previous for the first lesson and no next for the last", () => {
    expect(positionOf(course, "a").previous).toBeUndefined();
    expect(positionOf(course, "c").next).toBeUndefined();
  });

  it("throws for an unknown slug", () => {
    expect(() => positionOf(course, "z")).toThrow(/No lesson has the slug "z"/);
  });
});
