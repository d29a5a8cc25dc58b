import { formVersionForPeriod } from '@bvr/report-forms';
import {
  DEFAULT_REMINDER_LEAD_DAYS,
  type Half,
  type PeriodTerms,
  periodEnd,
} from '../../periods/domain/reporting-period';

/** The demo's history starts here. */
export const DEMO_FIRST = { year: 2017, half: 1 as Half };
/**
 * And ends here: the next period, 2. halvår 2025, is the first of the demo's current periods
 * (`seeded-periods.ts`), where units and the browser tests submit reports, so it gets no history.
 */
export const DEMO_LAST = { year: 2025, half: 1 as Half };

const day = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
    .toISOString()
    .slice(0, 10);

/** A deadline on a Saturday or Sunday moves to the Monday, as the letters do. */
function workingDay(date: string): string {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday === 6 ? day(date, 2) : weekday === 0 ? day(date, 1) : date;
}

/** The terms of a past half-year, modelled on the letters (20 Jan / 8 Feb, 18 / 25 Aug). */
export function demoPeriodTerms(year: number, half: Half): PeriodTerms {
  const definition = formVersionForPeriod({ year, half });
  if (!definition) throw new Error(`No form version for ${half}/${year}`);
  return {
    year,
    half,
    opensOn: day(periodEnd(year, half), 1),
    kommuneDeadline: workingDay(
      half === 1 ? `${year}-08-18` : `${year + 1}-01-20`,
    ),
    statsforvalterDeadline: workingDay(
      half === 1 ? `${year}-08-25` : `${year + 1}-02-08`,
    ),
    formVersion: definition.version,
    reminderLeadDays: DEFAULT_REMINDER_LEAD_DAYS,
  };
}

/** Every half-year of the demo's history, oldest first. */
export function demoHalfYears(): { year: number; half: Half }[] {
  const halves: { year: number; half: Half }[] = [];
  for (let year = DEMO_FIRST.year; year <= DEMO_LAST.year; year++)
    for (const half of [1, 2] as Half[])
      if (
        (year > DEMO_FIRST.year || half >= DEMO_FIRST.half) &&
        (year < DEMO_LAST.year || half <= DEMO_LAST.half)
      )
        halves.push({ year, half });
  return halves;
}
