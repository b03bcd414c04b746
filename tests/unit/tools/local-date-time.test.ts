import { describe, expect, it } from "vitest";
import { formatDay, formatTime, isDay, isTime, localDate, localDayOf, localTimeOf } from "../../../src/lib/tools/local-date-time";

describe("isDay and isTime", () => {
  it.each(["2026-11-29", "2024-02-29", "2000-02-29", "2026-12-31"])("accepts %s", (day) => expect(isDay(day)).toBe(true));
  it.each(["2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-1-1", "", "29/11/2026"])("refuses %j", (day) => expect(isDay(day)).toBe(false));
  it("accepts 00:00 to 23:59 only", () => {
    expect(["00:00", "09:05", "23:59"].every(isTime)).toBe(true);
    expect(["24:00", "12:60", "9:05", "", "12:00:00"].some(isTime)).toBe(false);
  });
});

describe("local days and times", () => {
  it("reads the reader's own clock, padded", () => {
    const moment = new Date(2026, 0, 5, 7, 3);
    expect(localDayOf(moment)).toBe("2026-01-05");
    expect(localTimeOf(moment)).toBe("07:03");
    expect(localDate("2026-01-05", "07:03").getTime()).toBe(moment.getTime());
  });

  it("writes a day and a time in words in the given language", () => {
    expect(formatDay("2026-11-29", "en-US")).toBe("Sunday, November 29, 2026");
    expect(formatTime("2026-11-29", "18:30", "en-US")).toMatch(/^6:30\sPM$/);
    expect(formatTime("2026-11-29", "18:30", "en-GB")).toBe("18:30");
  });
});
