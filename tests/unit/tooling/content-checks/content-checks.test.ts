import { describe, expect, it } from "vitest";
import { copiedRuns, normalisedWords } from "../../../../tooling/content-checks/copied-runs.ts";
import { courseVoiceText, readLessonText, toProse } from "../../../../tooling/content-checks/lesson-text.ts";
import { outlineOrderProblems, outlineSlugs } from "../../../../tooling/content-checks/outline.ts";
import { countText, readingGrade } from "../../../../tooling/content-checks/readability.ts";
import { genderedPronouns } from "../../../../tooling/content-checks/voice.ts";

const source = "Do NOT open emails. Block their number from your phone, and do not read texts at all.";

describe("copiedRuns", () => {
  it("finds a run of eight words whatever the case and punctuation", () => {
    expect(copiedRuns("Tip: block THEIR number — from your phone, and do not reply.", source)).toEqual([
      "block their number from your phone and do",
      "their number from your phone and do not",
    ]);
  });

  it("allows seven words in a row", () => {
    expect(copiedRuns("You could block their number from your phone today.", source)).toEqual([]);
  });

  it("treats apostrophes as part of the word", () => {
    expect(normalisedWords("Don’t OPEN it's")).toEqual(["dont", "open", "its"]);
  });
});

describe("readLessonText", () => {
  const mdx = `---
title: A lesson
summary: She says this in the summary.
keyPoints:
  - Keep going.
reflections:
  - id: a
    prompt: What helps you?
questions:
  - "He owes me money"
---

## A heading

Read <LessonLink to="x">the next lesson</LessonLink> and [this](https://example.org).

<SafetyNote>
- **Call** for help.
</SafetyNote>
`;

  it("separates frontmatter from the prose", () => {
    const lesson = readLessonText(mdx);
    expect(lesson.frontmatter["title"]).toBe("A lesson");
    expect(lesson.prose).toBe("A heading\nRead the next lesson and this.\nCall for help.");
  });

  it("keeps readers' questions out of the course's voice", () => {
    const voice = courseVoiceText(readLessonText(mdx));
    expect(voice).toContain("She says this in the summary.");
    expect(voice).toContain("What helps you?");
    expect(voice).not.toContain("He owes me money");
  });

  it("strips list and quote markers", () => {
    expect(toProse("> quoted\n1. first\n* second")).toBe("quoted\nfirst\nsecond");
  });
});

describe("readability", () => {
  it("counts a line as a sentence even without a full stop", () => {
    expect(countText("A heading\nOne short line. Another one!")).toEqual({ sentence: 3, word: 7, syllable: 10 });
  });

  it("grades plain text low and dense text high", () => {
    expect(readingGrade("You can do this. Take it one day at a time.")).toBeLessThan(3);
    expect(readingGrade("Notwithstanding considerable organisational complexity, institutional accountability necessitates comprehensive documentation.")).toBeGreaterThan(15);
  });
});

describe("genderedPronouns", () => {
  it("finds he, she, him and her as whole words only", () => {
    const found = genderedPronouns("If he calls, tell her no. The shelter and their theme are fine.");
    expect(found.map((hit) => hit.slice(0, 6))).toEqual(['"he" i', '"her" ']);
  });
});

describe("outlineSlugs", () => {
  it("reads the numbered slugs in order", () => {
    expect(outlineSlugs("Intro\n1. `when-it-ends` — When\n   - detail `not-this`\n2. `establishing-no-contact` — What")).toEqual([
      "when-it-ends",
      "establishing-no-contact",
    ]);
  });
});

describe("outlineOrderProblems", () => {
  const outline = ["when-it-ends", "establishing-no-contact", "what-no-contact-gives-you"];

  it("accepts the outline's order exactly", () => {
    expect(outlineOrderProblems(outline, outline)).toEqual([]);
  });

  it("accepts new lessons between, before and after the outline's lessons", () => {
    const course = ["welcome", "when-it-ends", "establishing-no-contact", "staying-safe-as-you-leave", "what-no-contact-gives-you", "looking-after-yourself"];
    expect(outlineOrderProblems(outline, course)).toEqual([]);
  });

  it("names an outline lesson the course lacks", () => {
    expect(outlineOrderProblems(outline, ["when-it-ends", "what-no-contact-gives-you"])).toEqual([
      'the outline\'s lesson "establishing-no-contact" is missing from the course',
    ]);
  });

  it("names two outline lessons the course swaps, even with new lessons between", () => {
    const course = ["when-it-ends", "what-no-contact-gives-you", "staying-safe-as-you-leave", "establishing-no-contact"];
    expect(outlineOrderProblems(outline, course)).toEqual([
      '"what-no-contact-gives-you" comes before "establishing-no-contact" in the course, but after it in the outline',
    ]);
  });
});
