import { SUPPRESSION_THRESHOLD, type SeriesValue } from '@bvr/contracts';

/** Summed figures of one subject in one period; `null` figures when no report had them. */
export interface PeriodSums {
  periodId: number;
  numerator: number | null;
  denominator: number | null;
  reports: number;
}

const small = (count: number) => count >= 1 && count < SUPPRESSION_THRESHOLD;

/** A count that could identify children: the numerator, the denominator or what is left of it. */
export function identifiesChildren(
  numerator: number,
  denominator: number,
): boolean {
  return (
    small(numerator) || small(denominator) || small(denominator - numerator)
  );
}

/** A point of a series; suppressed only when asked to (a unit outside the reader's scope). */
export function seriesValue(sums: PeriodSums, suppress: boolean): SeriesValue {
  const { periodId, numerator, denominator, reports } = sums;
  if (numerator === null || denominator === null)
    return {
      periodId,
      numerator: null,
      denominator: null,
      share: null,
      suppressed: false,
      reports,
    };
  if (suppress && identifiesChildren(numerator, denominator))
    return {
      periodId,
      numerator: null,
      denominator: null,
      share: null,
      suppressed: true,
      reports,
    };
  return {
    periodId,
    numerator,
    denominator,
    share: denominator === 0 ? null : numerator / denominator,
    suppressed: false,
    reports,
  };
}
