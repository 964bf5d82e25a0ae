// Writes the problems and failures lists that staff open in a spreadsheet.

// A cell starting with one of these is run as a formula by spreadsheet programs, so it is written
// with a leading apostrophe: a file built from resident data must not carry formulas.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats rows as CSV with CRLF line ends and a UTF-8 byte order mark, as spreadsheets expect. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
