import type { IndicatorSeriesResponse, SeriesSubject } from '@bvr/contracts';
import { csvDocument } from '../../../../shared/csv/csv';
import { decimalComma } from '../publication-csv-format';

const HEADERS = [
  'Periode',
  'Enhet',
  'Teller',
  'Nevner',
  'Andel (%)',
  'Skjult',
  'Antall rapporter',
];

const subjectText = (subject: SeriesSubject): string =>
  subject.type === 'unit'
    ? `${subject.name} (${subject.id})`
    : subject.type === 'county'
      ? `${subject.name} (fylke)`
      : subject.name;

const count = (value: number | null) =>
  value === null ? '' : decimalComma(value);

/** One line per series and period, the indicator's title first in the file name. */
export function indicatorSeriesCsv({
  periods,
  series,
}: IndicatorSeriesResponse): string {
  const names = new Map(periods.map((p) => [p.id, p.name]));
  return csvDocument(
    HEADERS,
    series.flatMap(({ subject, values }) =>
      values.map((value) => [
        names.get(value.periodId) ?? String(value.periodId),
        subjectText(subject),
        count(value.numerator),
        count(value.denominator),
        value.share === null ? '' : decimalComma(value.share * 100),
        value.suppressed ? 'Ja' : 'Nei',
        String(value.reports),
      ]),
    ),
  );
}

/** `nokkeltall-investigations-within-deadline.csv` */
export const indicatorSeriesFileName = (indicatorId: string) =>
  `nokkeltall-${indicatorId}.csv`;
