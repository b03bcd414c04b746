import { describe, expect, it } from "vitest";
import { finalMessageTool as text } from "../../../src/i18n/en";
import { buildFinalMessage, checkFinalMessageForm, MAX_CHILDREN_LINE, messageFileName, type FinalMessageForm, type FinalMessageTemplates } from "../../../src/lib/tools/final-message";

const templates: FinalMessageTemplates = {
  over: text.messageOver,
  from: text.messageFrom,
  means: text.messageMeans,
  children: text.messageChildren,
  heal: text.messageHeal,
  harassment: text.messageHarassment,
  channelNames: {
    phone: text.channelNamePhone,
    text: text.channelNameText,
    email: text.channelNameEmail,
    "social-media": text.channelNameSocialMedia,
    "in-person": text.channelNameInPerson,
  },
};

const form = (overrides: Partial<FinalMessageForm> = {}): FinalMessageForm => ({
  stopDay: "2026-12-01",
  stopTime: "18:30",
  channels: ["in-person", "phone", "text", "email", "social-media"],
  children: "",
  ...overrides,
});

describe("buildFinalMessage", () => {
  it("says it in the lesson's plain words, every channel named in the lesson's order, the date and time in words", () => {
    // ICU versions differ on a comma after the weekday in British English.
    expect(buildFinalMessage(form(), templates, "en-GB")).toMatch(
      new RegExp(
        "^This relationship is over\\. From Tuesday,? 1 December 2026 at 18:30, I want no contact with you of any kind\\. " +
          "That means no calls, no texts, no emails, no messages on social media and no coming to see me in person\\. " +
          "I need time on my own to heal\\. If you contact me after this, I will treat it as harassment and I may call the police\\.$",
      ),
    );
  });

  it("formats the date, time and list in the page's language", () => {
    const message = buildFinalMessage(form({ channels: ["email", "phone"] }), templates, "en-US");
    expect(message).toMatch(/From Tuesday, December 1, 2026 at 6:30\sPM,/);
    expect(message).toContain("That means no calls and no emails.");
  });

  it("names only the closed channels", () => {
    expect(buildFinalMessage(form({ channels: ["text"] }), templates, "en-GB")).toContain("That means no texts.");
  });

  it("adds the children's line in one sentence, whatever spacing or full stop the reader typed", () => {
    const message = buildFinalMessage(form({ children: "  a parenting\n app.  " }), templates, "en-GB");
    expect(message).toContain("The only exception is arrangements for the children, which will go through a parenting app. I need time");
  });

  it("leaves the children's line out when it is empty or only spaces", () => {
    expect(buildFinalMessage(form({ children: "   " }), templates, "en-GB")).not.toContain("children");
  });

  it("gives no reasons and blames no one: only the lesson's sentences", () => {
    const message = buildFinalMessage(form(), templates, "en-GB");
    expect(message).not.toMatch(/\bbecause\b|\byou made\b|\bsorry\b/i);
    expect(message.split(". ").length).toBeLessThanOrEqual(6);
  });
});

describe("checkFinalMessageForm", () => {
  it("finds nothing wrong with a complete form", () => {
    expect(checkFinalMessageForm(form())).toEqual([]);
  });

  it("names each problem", () => {
    expect(checkFinalMessageForm(form({ stopDay: "2026-02-30", stopTime: "25:00", channels: [], children: "x".repeat(MAX_CHILDREN_LINE + 1) }))).toEqual([
      "stop-day",
      "stop-time",
      "no-channel",
      "children-too-long",
    ]);
    expect(checkFinalMessageForm(form({ stopDay: "", stopTime: "" }))).toEqual(["stop-day", "stop-time"]);
  });

  it("accepts a leap day and a line exactly at the limit", () => {
    expect(checkFinalMessageForm(form({ stopDay: "2028-02-29", children: "x".repeat(MAX_CHILDREN_LINE) }))).toEqual([]);
  });
});

describe("messageFileName", () => {
  it("dates the file without saying what it is", () => {
    expect(messageFileName(new Date(2026, 10, 29, 12))).toBe("message-2026-11-29.txt");
  });
});
