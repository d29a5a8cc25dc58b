import type { IndicatorSeriesResponse } from '@bvr/contracts';
import {
  hasAnyShare,
  hasSuppressed,
  seriesColumns,
  seriesRows,
} from './series-rows';
import { bergenSeries } from './testing/series-factory';

/** Intl's Norwegian format puts a no-break space before the % sign. */
const NBSP = '\u00a0';

describe('series → indicator table', () => {
  it('has a column per unit, county and «Hele landet», in the order of the series', () => {
    expect(seriesColumns(bergenSeries())).toEqual([
      { key: 'unit:4601', name: 'Bergen' },
      { key: 'county:46', name: 'Vestland' },
      { key: 'country', name: 'Hele landet' },
    ]);
  });

  it('has a row per period, newest first, with the formatted share and counts in each cell', () => {
    // when
    const rows = seriesRows(bergenSeries());
    // then
    expect(rows.map((row) => row.periodName)).toEqual([
      '2. halvår 2025',
      '1. halvår 2025',
    ]);
    expect(rows[1].cells).toEqual([
      {
        key: 'unit:4601',
        share: `80,0${NBSP}%`,
        counts: '80 av 100',
        suppressed: false,
      },
      {
        key: 'county:46',
        share: `75,0${NBSP}%`,
        counts: '300 av 400',
        suppressed: false,
      },
      { key: 'country', share: '–', counts: '', suppressed: false },
    ]);
  });

  it('shows a suppressed value as «Skjult», and a missing one as a dash', () => {
    const [latest] = seriesRows(bergenSeries());
    expect(latest.cells.map((cell) => cell.share)).toEqual([
      `90,0${NBSP}%`,
      '–',
      'Skjult',
    ]);
    expect(hasSuppressed([latest])).toBe(true);
  });

  it('has something to show while any series has a share or a suppressed value', () => {
    const empty: IndicatorSeriesResponse = {
      ...bergenSeries(),
      series: bergenSeries().series.map((series) => ({
        ...series,
        values: [],
      })),
    };
    expect(hasAnyShare(bergenSeries())).toBe(true);
    expect(hasAnyShare(empty)).toBe(false);
    expect(hasSuppressed(seriesRows(empty))).toBe(false);
  });
});
