import {
  INDICATORS,
  type IndicatorSeriesResponse,
  type SeriesValue,
} from '@bvr/contracts';

/** Test data for the specs: a share of `numerator` out of `denominator` in a period. */
export const shareValue = (
  periodId: number,
  numerator: number,
  denominator: number,
): SeriesValue => ({
  periodId,
  numerator,
  denominator,
  share: denominator === 0 ? null : numerator / denominator,
  suppressed: false,
  reports: 1,
});

/** A value the service suppressed (small counts outside the reader's scope). */
export const suppressedValue = (periodId: number): SeriesValue => ({
  periodId,
  numerator: null,
  denominator: null,
  share: null,
  suppressed: true,
  reports: 1,
});

/**
 * Bergen, Vestland and the whole country over two periods (oldest first, as the service answers):
 * Vestland has no value for the latest period, the country's latest is suppressed.
 */
export function bergenSeries(): IndicatorSeriesResponse {
  return {
    indicator: INDICATORS[0],
    periods: [
      { id: 1, year: 2025, half: 1, name: '1. halvår 2025' },
      { id: 2, year: 2025, half: 2, name: '2. halvår 2025' },
    ],
    series: [
      {
        subject: { type: 'unit', id: '4601', name: 'Bergen' },
        values: [shareValue(1, 80, 100), shareValue(2, 9, 10)],
      },
      {
        subject: { type: 'county', id: '46', name: 'Vestland' },
        values: [shareValue(1, 300, 400)],
      },
      {
        subject: { type: 'country', name: 'Hele landet' },
        values: [suppressedValue(2)],
      },
    ],
    suppressionThreshold: 5,
  };
}
