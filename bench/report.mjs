// How every benchmark reports: a table printed to the terminal and, under `npm run bench`, the same
// rows appended as one JSON line to $BENCH_RESULTS for docs/benchmarks.md.
import { appendFileSync } from 'node:fs';

/** `1234.5` → `1,234.5`: figures are read by people. */
export const fmt = (n, digits = 1) =>
  n.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });

export function verdict(met, target) {
  return `${met ? 'MET' : 'NOT MET'} (target ${target})`;
}

/**
 * @param {string} title what was measured, on what data
 * @param {[string, string, string][]} rows figure, value, verdict or '' when there is no target
 * @param {string[]} notes lines printed under the table
 */
export function report(title, rows, notes = []) {
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`${title}\n`);
  for (const [name, value, target] of rows)
    console.log(`${name.padEnd(width)}  ${value.padEnd(28)}  ${target}`);
  for (const note of notes) console.log(`\n${note}`);
  if (process.env.BENCH_RESULTS)
    appendFileSync(
      process.env.BENCH_RESULTS,
      `${JSON.stringify({ title, rows, notes })}\n`,
    );
}
