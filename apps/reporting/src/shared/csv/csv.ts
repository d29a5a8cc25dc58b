/**
 * CSV files for Excel in a Norwegian locale: `;` between fields, CRLF lines and a UTF-8 byte order
 * mark, so that Excel opens the file as columns with æ, ø and å intact.
 */

/** Excel (Norwegian locale) opens a `;`-separated UTF-8 file with a byte order mark as columns. */
export const CSV_BOM = '\uFEFF';

/** A field quoted when it must be, and never read as a formula by a spreadsheet. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: the header line, then one line per row, every field made safe. */
export function csvDocument(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(';'));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** `1. halvår 2023` as a file name part: `1-halvar-2023`. */
export const fileSlug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/å/g, 'a')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
