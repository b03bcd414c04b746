import { describe, expect, it } from "vitest";
import { dangerIn, normaliseQuery } from "../../src/lib/danger-phrases";
import publicQueries from "../search/public-queries.json";
import readerQueries from "../search/reader-queries.json";

/** Searches that must show the emergency panel, with the kind of danger each suggests. */
const dangerous: [string, string][] = [
  ["he hit me", "violence"],
  ["She HITS me!!", "violence"],
  ["my ex punched me last night", "violence"],
  ["he's been beating me", "violence"],
  ["she kicked my dog", "violence"],
  ["he beat me up", "violence"],
  ["he is violent", "violence"],
  ["domestic violence", "violence"],
  ["he strangled me", "strangulation or choking"],
  ["strangulation", "strangulation or choking"],
  ["he choked me", "strangulation or choking"],
  ["put his hands around my neck", "strangulation or choking"],
  ["he said he'd kill me", "threats to kill"],
  ["she threatened to kill me", "threats to kill"],
  ["hes going to kill me", "threats to kill"],
  ["death threats from my ex", "threats to kill"],
  ["he threatened to hurt me", "threats to kill"],
  ["I'm scared for my life", "threats to kill"],
  ["I don't feel safe", "threats to kill"],
  ["he has a gun", "weapons"],
  ["she pulled a knife on me", "weapons"],
  ["threatened me with knives", "weapons"],
  ["he stabbed me", "weapons"],
  ["he raped me", "sexual violence"],
  ["rape", "sexual violence"],
  ["sexually assaulted by my ex", "sexual violence"],
  ["he forced me to have sex", "sexual violence"],
  ["I want to kill myself", "suicide or self-harm"],
  ["suicidal thoughts", "suicide or self-harm"],
  ["i wanna die", "suicide or self-harm"],
  ["I don't want to live anymore", "suicide or self-harm"],
  ["self-harm", "suicide or self-harm"],
  ["selfharm", "suicide or self-harm"],
  ["I keep cutting myself", "suicide or self-harm"],
  ["thinking of ending it all", "suicide or self-harm"],
  ["he is outside my house", "the ex at the door or following them"],
  ["she turned up at my door", "the ex at the door or following them"],
  ["banging on the door", "the ex at the door or following them"],
  ["he won't leave my house", "the ex at the door or following them"],
  ["my ex is following me", "the ex at the door or following them"],
  ["I think he's stalking me", "the ex at the door or following them"],
  ["he broke in", "the ex at the door or following them"],
  ["he's here", "the ex at the door or following them"],
  ["he threatened to take the kids", "threats about the children"],
  ["she says I'll never see my children again", "threats about the children"],
  ["he wants to snatch our son", "threats about the children"],
  ["scared he will hurt the kids", "threats about the children"],
];

/** Ordinary questions: the panel must never appear for them. */
const ordinary = [
  "he owes me money",
  "she hurt me so much",
  "I want her to know how much she hurt me",
  "he pushed me away",
  "she kicked me out of the flat",
  "I hit my limit",
  "I hit rock bottom",
  "this is killing me",
  "can I take the kids on holiday",
  "she takes the kids every other weekend",
  "how do I end it with him",
  "is it safe to block him",
  "report stalking",
  "he is spreading rumours about me",
  "shared custody schedule",
  "how to stop thinking about her",
  "he keeps sending me flowers",
  "what is a safety plan",
  "I feel numb",
  "he took my car",
  "she won't give back my things",
  "he has my house keys",
  "grabbed my phone charger and left",
];

describe("dangerIn", () => {
  it.each(dangerous)("sees danger in %j (%s)", (query, topic) => {
    expect(dangerIn(query)).toContain(topic);
  });

  it.each(ordinary)("sees no danger in the ordinary question %j", (query) => {
    expect(dangerIn(query)).toEqual([]);
  });

  it("never matches the public search questions", () => {
    expect(publicQueries.queries.filter((entry) => dangerIn(entry.q).length > 0).map((entry) => entry.q)).toEqual([]);
  });

  it("matches, among our reader questions, only those that describe danger", () => {
    const describeDanger = new Set([
      "she turned up at my door",
      "I think she is following me",
      "he said he would kill me if I leave",
      "he strangled me during a fight",
      "he has a gun in the house",
      "he hit me",
      "there's a tracker on my car",
      "can I find out if my new boyfriend has a violent past",
      "I feel like I want to die",
      "my ex is stalking me",
      "he keeps showing up outside my work",
      "she pushed me down the stairs",
      "he threatened to hurt me if I go",
      "I don't want to be alive anymore",
      "he punched me in the face",
      "my ex is outside my house right now",
      "she said she would hurt the kids if I go",
      "he is banging on my door and shouting",
      "he grabbed me by the throat",
    ]);
    const matched = readerQueries.queries.filter((entry) => dangerIn(entry.q).length > 0).map((entry) => entry.q);
    expect(matched.filter((query) => !describeDanger.has(query))).toEqual([]);
  });

  it("does not take the name of a court order for a danger", () => {
    expect(dangerIn("what is a non molestation order")).toEqual([]);
    expect(dangerIn("he molested me")).toEqual(["sexual violence"]);
  });

  it("ignores case, punctuation, curly apostrophes and extra spaces", () => {
    for (const query of ["HE  HIT  ME", "he...hit...me?!", "He hit me.", "(he hit me)"]) expect(dangerIn(query)).toEqual(["violence"]);
    expect(dangerIn("He’s going to kill me")).toContain("threats to kill");
    expect(dangerIn("he's going to kill me")).toContain("threats to kill");
  });

  it("matches whole words only", () => {
    expect(dangerIn("therapist")).toEqual([]);
    expect(dangerIn("grape juice")).toEqual([]);
    expect(dangerIn("shotgun wedding")).toContain("weapons");
    expect(dangerIn("gunther")).toEqual([]);
  });

  it("can name several kinds of danger at once", () => {
    expect(dangerIn("he choked me and threatened me with a knife")).toEqual(["strangulation or choking", "weapons"]);
  });

  it("sees nothing in an empty query", () => {
    expect(dangerIn("")).toEqual([]);
    expect(dangerIn("   ?! ")).toEqual([]);
  });
});

describe("normaliseQuery", () => {
  it("lower-cases, drops apostrophes and turns other punctuation into single spaces", () => {
    expect(normaliseQuery("  He Won’t LEAVE—my door!! ")).toBe("he wont leave my door");
  });
});
