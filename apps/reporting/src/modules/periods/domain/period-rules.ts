import { periodName, periodStart, type PeriodTerms } from './reporting-period';

export interface PeriodProblem {
  field: keyof PeriodTerms;
  message: string;
}

/**
 * The order a period's dates must follow: it opens after the period has started, no later than the
 * kommune deadline, and the Statsforvalter's deadline comes after the kommuner's. Assumes each date is
 * itself valid (the request schema checks that first); ISO dates compare as strings.
 */
export function periodProblems(
  terms: Pick<
    PeriodTerms,
    'year' | 'half' | 'opensOn' | 'kommuneDeadline' | 'statsforvalterDeadline'
  >,
): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  const start = periodStart(terms.year, terms.half);
  if (terms.opensOn <= start)
    problems.push({
      field: 'opensOn',
      message: `must be after ${periodName(terms.year, terms.half)} starts (${start})`,
    });
  if (terms.opensOn > terms.kommuneDeadline)
    problems.push({
      field: 'opensOn',
      message: `must be on or before the kommune deadline (${terms.kommuneDeadline})`,
    });
  if (terms.statsforvalterDeadline <= terms.kommuneDeadline)
    problems.push({
      field: 'statsforvalterDeadline',
      message: `must be after the kommune deadline (${terms.kommuneDeadline})`,
    });
  return problems;
}
