import { describe, expect, it } from "vitest";
import { dayInTimeZone } from "../../../src/lib/tools/calendar-day";
import { clearHistory, dayNumber, emptyDayCounter, setStart, startAgain, summarise, type DayCounter } from "../../../src/lib/tools/day-counter";

describe("dayNumber", () => {
  it("is day 1 on the start day and counts calendar days after it", () => {
    expect(dayNumber("2026-11-29", "2026-11-29")).toBe(1);
    expect(dayNumber("2026-11-29", "2026-11-30")).toBe(2);
    expect(dayNumber("2026-01-31", "2026-03-01")).toBe(30);
    expect(dayNumber("2028-02-01", "2028-03-01")).toBe(30);
  });

  it("never reads below day 1 when the start is ahead of today (the reader crossed time zones)", () => {
    expect(dayNumber("2026-11-30", "2026-11-29")).toBe(1);
  });

  it("reads the same day number at any hour of a daylight-saving day, with fixed clocks in the reader's zone", () => {
    const start = "2026-03-28";
    const londonDay = (utc: string) => dayNumber(start, dayInTimeZone(new Date(utc), "Europe/London"));
    expect(londonDay("2026-03-29T00:30:00Z")).toBe(2);
    expect(londonDay("2026-03-29T22:30:00Z")).toBe(2);
    expect(londonDay("2026-03-29T23:30:00Z")).toBe(3);
    const sydneyDay = (utc: string) => dayNumber("2026-10-03", dayInTimeZone(new Date(utc), "Australia/Sydney"));
    expect(sydneyDay("2026-10-03T13:59:00Z")).toBe(1);
    expect(sydneyDay("2026-10-03T14:00:00Z")).toBe(2);
    expect(sydneyDay("2026-10-04T12:59:00Z")).toBe(2);
    expect(sydneyDay("2026-10-04T13:00:00Z")).toBe(3);
  });
});

describe("setStart", () => {
  it("sets a past or today's date", () => {
    expect(setStart(emptyDayCounter, "2026-11-01", "2026-11-29")).toEqual({ ok: true, counter: { start: "2026-11-01", past: [] } });
    expect(setStart(emptyDayCounter, "2026-11-29", "2026-11-29")).toMatchObject({ ok: true });
  });

  it("refuses a future date, a date that isn't one, and a start inside a past streak", () => {
    expect(setStart(emptyDayCounter, "2026-11-30", "2026-11-29")).toEqual({ ok: false, problem: "future" });
    expect(setStart(emptyDayCounter, "2026-02-30", "2026-11-29")).toEqual({ ok: false, problem: "invalid" });
    expect(setStart(emptyDayCounter, "", "2026-11-29")).toEqual({ ok: false, problem: "invalid" });
    const withHistory: DayCounter = { start: "2026-11-10", past: [{ start: "2026-10-01", ended: "2026-11-10" }] };
    expect(setStart(withHistory, "2026-11-09", "2026-11-29")).toEqual({ ok: false, problem: "before-last-streak" });
    expect(setStart(withHistory, "2026-11-10", "2026-11-29")).toMatchObject({ ok: true, counter: { past: withHistory.past } });
  });
});

describe("startAgain", () => {
  it("keeps the run that ended, with its dates, and starts day 1 today", () => {
    const counter = startAgain({ start: "2026-11-01", past: [] }, "2026-11-10");
    expect(counter).toEqual({ start: "2026-11-10", past: [{ start: "2026-11-01", ended: "2026-11-10" }] });
    expect(summarise(counter, "2026-11-10")?.day).toBe(1);
  });

  it("keeps every earlier run, oldest first", () => {
    let counter: DayCounter = { start: "2026-01-01", past: [] };
    counter = startAgain(counter, "2026-01-20");
    counter = startAgain(counter, "2026-03-01");
    expect(counter.past).toEqual([
      { start: "2026-01-01", ended: "2026-01-20" },
      { start: "2026-01-20", ended: "2026-03-01" },
    ]);
  });

  it("keeps nothing extra for a run that began today, and starts a counter that was never set", () => {
    expect(startAgain({ start: "2026-11-29", past: [] }, "2026-11-29")).toEqual({ start: "2026-11-29", past: [] });
    expect(startAgain(emptyDayCounter, "2026-11-29")).toEqual({ start: "2026-11-29", past: [] });
  });
});

describe("summarise", () => {
  it("is undefined until a counter is set", () => {
    expect(summarise(emptyDayCounter, "2026-11-29")).toBeUndefined();
  });

  it("gives the longest run, the total without contact and past runs newest first", () => {
    const counter: DayCounter = {
      start: "2026-11-20",
      past: [
        { start: "2026-01-01", ended: "2026-02-15" },
        { start: "2026-02-15", ended: "2026-03-01" },
      ],
    };
    expect(summarise(counter, "2026-11-29")).toEqual({
      day: 10,
      longest: 45,
      total: 45 + 14 + 10,
      reached: ["week"],
      past: [
        { start: "2026-02-15", ended: "2026-03-01", days: 14 },
        { start: "2026-01-01", ended: "2026-02-15", days: 45 },
      ],
    });
  });

  it("keeps the total the same across a restart: the day of contact is day 1 of the next run", () => {
    const before: DayCounter = { start: "2026-11-01", past: [] };
    expect(summarise(before, "2026-11-10")?.total).toBe(10);
    expect(summarise(startAgain(before, "2026-11-10"), "2026-11-10")?.total).toBe(10);
  });

  it("reaches a week on day 7, a month on day 30, 100 days on day 100 and a year on day 365", () => {
    const reached = (today: string) => summarise({ start: "2026-01-01", past: [] }, today)?.reached;
    expect(reached("2026-01-06")).toEqual([]);
    expect(reached("2026-01-07")).toEqual(["week"]);
    expect(reached("2026-01-30")).toEqual(["week", "month"]);
    expect(reached("2026-04-10")).toEqual(["week", "month", "hundred"]);
    expect(reached("2026-12-31")).toEqual(["week", "month", "hundred", "year"]);
  });
});

describe("clearHistory", () => {
  it("forgets past runs and keeps the current count", () => {
    expect(clearHistory({ start: "2026-11-10", past: [{ start: "2026-11-01", ended: "2026-11-10" }] })).toEqual({ start: "2026-11-10", past: [] });
  });
});
