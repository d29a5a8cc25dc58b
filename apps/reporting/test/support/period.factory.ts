import type { PeriodTerms } from '../../src/modules/periods/domain/reporting-period';

let nextYear = 2040;

/**
 * The body of a valid 1. halvår in a year no other test of the file uses (so creating it never
 * collides with the seeded periods or another test's), with the letters' kind of dates.
 */
export function periodBody(
  overrides: Partial<Record<keyof PeriodTerms, unknown>> = {},
): Record<string, unknown> {
  const year = (overrides.year as number | undefined) ?? nextYear++;
  return {
    year,
    half: 1,
    opensOn: `${year}-07-01`,
    kommuneDeadline: `${year}-08-18`,
    statsforvalterDeadline: `${year}-08-25`,
    formVersion: 2,
    reminderLeadDays: 7,
    ...overrides,
  };
}
