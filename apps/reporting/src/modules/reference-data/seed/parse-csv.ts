import { at } from './invalid-reference-data.error';

export interface CsvRow {
  /** 1-based line in the file, for messages; the header is line 1. */
  line: number;
  values: Record<string, string>;
}

export interface CsvResult {
  rows: CsvRow[];
  problems: string[];
}

/**
 * Parses the reference files' CSV: a header naming exactly `columns`, then one record per line,
 * fields separated by commas. The files hold no quoted fields and no commas inside names (checked
 * when they were added), so quoting is not supported: a quote is reported, not half-understood.
 */
export function parseCsv(
  file: string,
  text: string,
  columns: readonly string[],
): CsvResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = lines[0] ?? '';
  if (header !== columns.join(',')) {
    return {
      rows: [],
      problems: [
        `${at(file, 1)}: expected the header "${columns.join(',')}", found "${header}"`,
      ],
    };
  }
  const rows: CsvRow[] = [];
  const problems: string[] = [];
  lines.slice(1).forEach((text, index) => {
    const line = index + 2;
    if (text.trim() === '') {
      problems.push(`${at(file, line)}: empty line`);
    } else if (text.includes('"')) {
      problems.push(`${at(file, line)}: quoted fields are not supported`);
    } else {
      const fields = text.split(',');
      if (fields.length !== columns.length) {
        problems.push(
          `${at(file, line)}: expected ${columns.length} fields, found ${fields.length}`,
        );
      } else {
        const values = Object.fromEntries(
          columns.map((column, i) => [column, fields[i].trim()]),
        );
        rows.push({ line, values });
      }
    }
  });
  return { rows, problems };
}
