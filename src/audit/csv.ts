/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: unknown): string {
  const s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote mark defuses it.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV with a header line; `columns` picks and orders the fields. */
export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
