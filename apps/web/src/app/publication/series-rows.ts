import type {
  IndicatorSeriesResponse,
  SeriesSubject,
  SeriesValue,
} from '@bvr/contracts';
import { formatCounts, formatShare } from './publication-format';

/** A column of an indicator table: one unit, county or «Hele landet». */
export interface SeriesColumn {
  readonly key: string;
  readonly name: string;
}

export interface SeriesCell {
  readonly key: string;
  /** «84,2 %», «Skjult» or «–». */
  readonly share: string;
  /** «123 av 146», or ''. */
  readonly counts: string;
  readonly suppressed: boolean;
}

/** A row of an indicator table: one period, a cell per series. */
export interface SeriesRow {
  readonly periodId: number;
  readonly periodName: string;
  readonly cells: readonly SeriesCell[];
}

/** `unit:4601`, `county:46`, `country`: unique within one answer. */
export function subjectKey(subject: SeriesSubject): string {
  return subject.type === 'country'
    ? 'country'
    : `${subject.type}:${subject.id}`;
}

export function seriesColumns(
  response: IndicatorSeriesResponse,
): SeriesColumn[] {
  return response.series.map(({ subject }) => ({
    key: subjectKey(subject),
    name: subject.name,
  }));
}

/** The periods as rows, newest first; a period a series has no value for shows «–». */
export function seriesRows(response: IndicatorSeriesResponse): SeriesRow[] {
  const byPeriod = response.series.map(
    (series) =>
      new Map<number, SeriesValue>(
        series.values.map((value) => [value.periodId, value]),
      ),
  );
  return [...response.periods].reverse().map((period) => ({
    periodId: period.id,
    periodName: period.name,
    cells: response.series.map((series, index) => {
      const value = byPeriod[index].get(period.id);
      return {
        key: subjectKey(series.subject),
        share: formatShare(value),
        counts: formatCounts(value),
        suppressed: value?.suppressed === true,
      };
    }),
  }));
}

/** Whether any series has a share to draw (else the section says there is nothing yet). */
export function hasAnyShare(response: IndicatorSeriesResponse): boolean {
  return response.series.some((series) =>
    series.values.some((value) => value.share !== null || value.suppressed),
  );
}

/** Whether any cell is «Skjult», so the table explains it. */
export const hasSuppressed = (rows: readonly SeriesRow[]): boolean =>
  rows.some((row) => row.cells.some((cell) => cell.suppressed));
