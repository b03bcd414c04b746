import { describe, expect, it } from "vitest";
import { nextStep } from "../../src/lib/continue-lesson";
import type { Progress } from "../../src/lib/storage/progress-store";

const course = ["one", "two", "three", "four", "five", "six"];

function progress(completed: string[], lastOpened: string | null = null): Progress {
  return { completed: Object.fromEntries(completed.map((slug) => [slug, "2026-11-01"])), lastOpened };
}

describe("nextStep", () => {
  it("starts with the first lesson when nothing is finished or opened", () => {
    expect(nextStep(progress([]), course)).toEqual({ kind: "start", slug: "one" });
  });

  it("continues with the lesson opened last when it is not finished, even without ticks", () => {
    expect(nextStep(progress([], "three"), course)).toEqual({ kind: "continue", slug: "three" });
    expect(nextStep(progress(["one", "two"], "five"), course)).toEqual({ kind: "continue", slug: "five" });
  });

  it("goes to the first unfinished lesson after the last finished one, not back to the start", () => {
    expect(nextStep(progress(["four"]), course)).toEqual({ kind: "continue", slug: "five" });
    expect(nextStep(progress(["four"], "four"), course)).toEqual({ kind: "continue", slug: "five" });
    expect(nextStep(progress(["one", "two", "four", "five"], "five"), course)).toEqual({ kind: "continue", slug: "six" });
  });

  it("wraps to the first unfinished lesson when everything after the last finished one is done", () => {
    expect(nextStep(progress(["five", "six"], "six"), course)).toEqual({ kind: "continue", slug: "one" });
    expect(nextStep(progress(["one", "three", "four", "five", "six"]), course)).toEqual({ kind: "continue", slug: "two" });
  });

  it("offers to read again from the first lesson once every lesson is finished", () => {
    expect(nextStep(progress(course, "three"), course)).toEqual({ kind: "again", slug: "one" });
  });

  it("ignores retired lessons, both finished and opened", () => {
    expect(nextStep(progress(["retired"], "retired"), course)).toEqual({ kind: "start", slug: "one" });
    expect(nextStep(progress(["two", "retired"], "gone"), course)).toEqual({ kind: "continue", slug: "three" });
  });

  it("follows the course order it is given, whatever its length", () => {
    const longer = [...course, "seven", "eight"];
    expect(nextStep(progress(course), longer)).toEqual({ kind: "continue", slug: "seven" });
    expect(nextStep(progress([]), [])).toBeUndefined();
  });
});
