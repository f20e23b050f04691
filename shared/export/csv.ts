/**
 * CSV as RFC 4180 writes it: CRLF line ends, fields quoted when they hold a comma, a quote, CR or
 * LF, and quotes doubled inside quoted fields. Empty string and null both write an empty field.
 */
export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a
 * leading apostrophe, as OWASP advises against CSV injection: an exported note could otherwise
 * carry `=HYPERLINK(…)` into an analyst's Excel. Only for free-text columns; numbers are left alone.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
