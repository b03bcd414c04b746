import { describe, expect, it } from "vitest";
import { csvCell, neutraliseFormula, toCsv } from "../../../src/lib/tools/csv";

describe("neutraliseFormula", () => {
  it.each(["=1+1", "+44 7700", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", " =1+1", "＝1+1", "＋1", "－1", "＠A1"])("puts an apostrophe before %j", (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(["Called at 5pm", "", "1-2", "a=b", "email@example.org", "'already quoted"])("leaves %j as it is", (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe("csvCell", () => {
  it("quotes cells with commas, quotes or line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("carriage\r\nreturn")).toBe('"carriage\r\nreturn"');
  });

  it("neutralises before quoting, so a hostile cell is both", () => {
    expect(csvCell('=HYPERLINK("http://example.invalid","x")')).toBe(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
    expect(csvCell("\r=cmd")).toBe(`"'\r=cmd"`);
  });
});

describe("toCsv", () => {
  it("joins records with CRLF, ends with one, and starts with a byte order mark", () => {
    expect(toCsv([["a", "b"], ["1,2", "=x"]])).toBe("\uFEFFa,b\r\n\"1,2\",'=x\r\n");
  });

  it("round-trips through a strict RFC 4180 reader", () => {
    const rows = [["Date", "What"], ["2026-11-01", 'Said "stop", then\nleft'], ["2026-11-02", "@home"]];
    expect(parseCsv(toCsv(rows).slice(1))).toEqual([rows[0], rows[1], ["2026-11-02", "'@home"]]);
  });
});

/** A small strict reader, as RFC 4180 describes, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index++;
    } else cell += char;
  }
  return rows;
}
