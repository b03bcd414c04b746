import { describe, expect, it } from "vitest";
import { isReviewStale, monthYear, reviewDueBy } from "../../src/lib/review-date";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("review dates", () => {
  it("show as month and year, whatever the time zone", () => {
    expect(monthYear(day("2026-11-29"), "en")).toBe("November 2026");
    expect(monthYear(day("2027-01-01"), "en")).toBe("January 2027");
    expect(monthYear(day("2027-01-01"), "de")).toBe("Januar 2027");
  });

  it("stay current for twelve months to the day", () => {
    expect(reviewDueBy(day("2026-11-29"))).toEqual(day("2027-11-29"));
    expect(isReviewStale(day("2026-11-29"), day("2027-11-29"))).toBe(false);
    expect(isReviewStale(day("2026-11-29"), day("2027-11-30"))).toBe(true);
    expect(isReviewStale(day("2025-01-15"), day("2026-11-29"))).toBe(true);
  });

  it("can be held to a shorter period", () => {
    expect(isReviewStale(day("2026-05-01"), day("2026-11-29"), 6)).toBe(true);
    expect(isReviewStale(day("2026-06-01"), day("2026-11-29"), 6)).toBe(false);
  });
});
