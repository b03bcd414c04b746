import { describe, expect, it } from "vitest";
import { addDays, dayInTimeZone, daysBetween, isCalendarDay } from "../../../src/lib/tools/calendar-day";

describe("dayInTimeZone", () => {
  it("gives the reader's own date, not the machine's or UTC's", () => {
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(dayInTimeZone(instant, "Europe/London")).toBe("2026-03-01");
    expect(dayInTimeZone(instant, "Australia/Sydney")).toBe("2026-03-02");
    expect(dayInTimeZone(instant, "America/Los_Angeles")).toBe("2026-03-01");
    expect(dayInTimeZone(new Date("2026-03-02T07:59:00Z"), "America/Los_Angeles")).toBe("2026-03-01");
  });

  it("changes day at local midnight on both sides of London's clock change", () => {
    // British Summer Time starts 29 March 2026 at 01:00 UTC; midnight BST on the 30th is 23:00 UTC on the 29th.
    expect(dayInTimeZone(new Date("2026-03-29T22:59:59Z"), "Europe/London")).toBe("2026-03-29");
    expect(dayInTimeZone(new Date("2026-03-29T23:00:00Z"), "Europe/London")).toBe("2026-03-30");
    // It ends 25 October 2026: midnight GMT on the 26th is 00:00 UTC.
    expect(dayInTimeZone(new Date("2026-10-25T23:59:59Z"), "Europe/London")).toBe("2026-10-25");
    expect(dayInTimeZone(new Date("2026-10-26T00:00:00Z"), "Europe/London")).toBe("2026-10-26");
  });

  it("changes day at local midnight across Sydney's clock changes", () => {
    // Daylight time ends 5 April 2026 (UTC+11 to +10) and starts 4 October 2026 (+10 to +11).
    expect(dayInTimeZone(new Date("2026-04-05T13:59:59Z"), "Australia/Sydney")).toBe("2026-04-05");
    expect(dayInTimeZone(new Date("2026-04-05T14:00:00Z"), "Australia/Sydney")).toBe("2026-04-06");
    expect(dayInTimeZone(new Date("2026-10-04T12:59:59Z"), "Australia/Sydney")).toBe("2026-10-04");
    expect(dayInTimeZone(new Date("2026-10-04T13:00:00Z"), "Australia/Sydney")).toBe("2026-10-05");
  });
});

describe("daysBetween", () => {
  it("counts calendar days, so a 23- or 25-hour day is still one day", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-27")).toBe(3);
    expect(daysBetween("2026-04-04", "2026-04-06")).toBe(2);
  });

  it("handles month ends, year ends and leap days", () => {
    expect(daysBetween("2026-01-31", "2026-02-01")).toBe(1);
    expect(daysBetween("2026-02-28", "2026-03-01")).toBe(1);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
    expect(daysBetween("2026-05-10", "2026-05-03")).toBe(-7);
  });
});

describe("addDays and isCalendarDay", () => {
  it("adds across month and leap-year ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-04-31")).toBe(false);
    expect(isCalendarDay("2026-4-01")).toBe(false);
    expect(isCalendarDay(20260401)).toBe(false);
  });
});
