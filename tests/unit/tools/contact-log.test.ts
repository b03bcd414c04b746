import { describe, expect, it } from "vitest";
import {
  checkEntry,
  contactLogRows,
  dateSpan,
  emptyEntryFields,
  entriesBetween,
  fieldsOf,
  logFileName,
  MAX_SHORT,
  MAX_WHAT,
  sortEntries,
  withEntry,
  withoutEntry,
  type ContactEntry,
  type ContactEntryFields,
  type ContactLogLabels,
} from "../../../src/lib/tools/contact-log";

const today = "2026-11-29";
const fields = (overrides: Partial<ContactEntryFields> = {}): ContactEntryFields => ({ ...emptyEntryFields(today), method: "text", what: "Sent a text.", ...overrides });

function entry(id: string, date: string, time = "", createdAt = "2026-11-01T10:00:00.000Z"): ContactEntry {
  return { ...fields({ date, time }), method: "text", id, createdAt, updatedAt: createdAt };
}

describe("checkEntry", () => {
  it("accepts a complete entry, with or without a time", () => {
    expect(checkEntry(fields(), today)).toEqual([]);
    expect(checkEntry(fields({ time: "23:59" }), today)).toEqual([]);
  });

  it("asks for a date, how and what happened, in the form's order", () => {
    expect(checkEntry({ ...emptyEntryFields(""), what: "  " }, today)).toEqual([
      { field: "date", code: "missing" },
      { field: "method", code: "missing" },
      { field: "what", code: "missing" },
    ]);
  });

  it("refuses dates that don't exist and dates after today", () => {
    expect(checkEntry(fields({ date: "2026-02-29" }), today)).toEqual([{ field: "date", code: "invalid" }]);
    expect(checkEntry(fields({ date: "29/11/2026" }), today)).toEqual([{ field: "date", code: "invalid" }]);
    expect(checkEntry(fields({ date: "2026-11-30" }), today)).toEqual([{ field: "date", code: "future" }]);
    expect(checkEntry(fields({ date: "2024-02-29" }), today)).toEqual([]);
  });

  it("refuses a time that isn't one", () => {
    expect(checkEntry(fields({ time: "24:00" }), today)).toEqual([{ field: "time", code: "invalid" }]);
    expect(checkEntry(fields({ time: "9:5" }), today)).toEqual([{ field: "time", code: "invalid" }]);
  });

  it("refuses an unknown method", () => {
    expect(checkEntry(fields({ method: "pigeon" as ContactEntryFields["method"] }), today)).toEqual([{ field: "method", code: "missing" }]);
  });

  it("limits each text to its length, at the limit exactly allowed", () => {
    expect(checkEntry(fields({ what: "x".repeat(MAX_WHAT), witnesses: "x".repeat(MAX_SHORT) }), today)).toEqual([]);
    expect(checkEntry(fields({ what: "x".repeat(MAX_WHAT + 1), officer: "x".repeat(MAX_SHORT + 1) }), today)).toEqual([
      { field: "what", code: "too-long" },
      { field: "officer", code: "too-long" },
    ]);
  });
});

describe("sorting", () => {
  it("orders by date, then time (no time first in its day), then when written", () => {
    const entries = [
      entry("late", "2026-11-05", "21:00"),
      entry("early", "2026-11-05", "08:30"),
      entry("untimed", "2026-11-05"),
      entry("second-written", "2026-10-01", "", "2026-11-02T00:00:00.000Z"),
      entry("first-written", "2026-10-01", "", "2026-11-01T00:00:00.000Z"),
      entry("next-year", "2027-01-01"),
    ];
    expect(sortEntries(entries).map((item) => item.id)).toEqual(["first-written", "second-written", "untimed", "early", "late", "next-year"]);
    expect(entries[0]?.id).toBe("late");
  });

  it("keeps the log sorted when an entry is added or its date changes", () => {
    const now = new Date("2026-11-29T12:00:00.000Z");
    let log = withEntry([], "a", fields({ date: "2026-11-20" }), now);
    log = withEntry(log, "b", fields({ date: "2026-11-02" }), now);
    expect(log.map((item) => item.id)).toEqual(["b", "a"]);
    log = withEntry(log, "a", fields({ date: "2026-11-01", what: "Changed." }), new Date("2026-11-30T12:00:00.000Z"));
    expect(log.map((item) => [item.id, item.what])).toEqual([["a", "Changed."], ["b", "Sent a text."]]);
    expect(log[0]).toMatchObject({ createdAt: "2026-11-29T12:00:00.000Z", updatedAt: "2026-11-30T12:00:00.000Z" });
  });

  it("deletes one entry and gives back the form's fields of another", () => {
    const log = [entry("a", "2026-11-01"), entry("b", "2026-11-02")];
    expect(withoutEntry(log, "a").map((item) => item.id)).toEqual(["b"]);
    expect(fieldsOf(entry("a", "2026-11-01", "10:00"))).toEqual(fields({ date: "2026-11-01", time: "10:00" }));
  });
});

describe("date range", () => {
  const log = [entry("b", "2026-11-05"), entry("a", "2026-10-05"), entry("c", "2026-11-25")];

  it("spans the first to the last day, and nothing for an empty log", () => {
    expect(dateSpan(log)).toEqual({ from: "2026-10-05", to: "2026-11-25" });
    expect(dateSpan([])).toBeUndefined();
  });

  it("keeps entries between two days inclusive; an empty end is open", () => {
    expect(entriesBetween(log, "2026-11-05", "2026-11-25").map((item) => item.id)).toEqual(["b", "c"]);
    expect(entriesBetween(log, "", "2026-11-05").map((item) => item.id)).toEqual(["a", "b"]);
    expect(entriesBetween(log, "2026-12-01", "").map((item) => item.id)).toEqual([]);
  });
});

describe("contactLogRows", () => {
  const labels: ContactLogLabels = {
    headings: { date: "D", time: "T", method: "M", what: "W", witnesses: "Wi", evidence: "E", reported: "R", policeReference: "P", officer: "O" },
    methods: { call: "Call", text: "Text", email: "Email", "social-media": "Social", "in-person": "Person", "via-someone": "Via", other: "Other" },
    reported: { no: "No", yes: "Yes" },
  };

  it("puts headings first, every field of every entry, in date order, with methods and answers in words", () => {
    const log = [{ ...entry("b", "2026-11-05", "09:00"), reported: "yes" as const, policeReference: "AB1", officer: "PC 1" }, entry("a", "2026-10-05")];
    expect(contactLogRows(log, labels)).toEqual([
      ["D", "T", "M", "W", "Wi", "E", "R", "P", "O"],
      ["2026-10-05", "", "Text", "Sent a text.", "", "", "No", "", ""],
      ["2026-11-05", "09:00", "Text", "Sent a text.", "", "", "Yes", "AB1", "PC 1"],
    ]);
  });

  it("names the file by date only", () => {
    expect(logFileName(new Date(2026, 10, 29, 12))).toBe("records-2026-11-29.csv");
  });
});
