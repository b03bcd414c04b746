/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @ and the
 * tab and carriage return that some programs skip before them, plus their full-width forms, which some
 * spreadsheets treat the same. Leading spaces are skipped too, since some programs trim them first.
 */
const formulaStart = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** A cell that a spreadsheet will show as the text it is: a formula-like start gets a leading apostrophe. */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** One cell quoted as RFC 4180 asks: in double quotes when it holds a comma, quote or line break, quotes doubled. */
export function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Rows as CSV text (RFC 4180: CRLF between records, and after the last), starting with a UTF-8 byte
 * order mark so spreadsheet programs read accents and curly quotes correctly.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
