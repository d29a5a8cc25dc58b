import type { FormPoint, ReportValue } from '@bvr/report-forms';

const NUMBER = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** An answer as a Norwegian reader expects it: «1 200», «2,5», «Ja», or «Ikke fylt ut». */
export function formatAnswer(
  kind: FormPoint['kind'] | null,
  value: ReportValue | undefined,
): string {
  if (value === null || value === undefined || value === '')
    return 'Ikke fylt ut';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei';
  if (typeof value === 'number' && kind !== 'text') return NUMBER.format(value);
  return `${value}`;
}
