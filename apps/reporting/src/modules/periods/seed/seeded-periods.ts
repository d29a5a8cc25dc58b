import type { PeriodTerms } from '../domain/reporting-period';

/** Who the seed writes as, in `created_by`/`updated_by`. */
export const SEED_PRINCIPAL = 'system:seed';

/**
 * The periods a fresh installation starts with. The first two are Bufdir's letters
 * (`domain/seeds/004_*.txt`, `003_*.txt`); the last three are the demo's current periods, with
 * deadlines modelled on the letters (about 20 January / 8 February after a 2. halvår, 18 / 25 August
 * after a 1. halvår; a deadline on a weekend moves to the Monday) and opening the day after the period ends.
 */
export const SEEDED_PERIODS: readonly PeriodTerms[] = [
  {
    // Letter 004: the new form "tilgjengelig fra nyttår"; kommuner by Friday 20 January 2017,
    // the Fylkesmann (now Statsforvalter) by Wednesday 8 February 2017. The 2016 form.
    year: 2016,
    half: 2,
    opensOn: '2017-01-01',
    kommuneDeadline: '2017-01-20',
    statsforvalterDeadline: '2017-02-08',
    formVersion: 1,
    reminderLeadDays: 7,
  },
  {
    // Letter 003 (23.06.2023): reporting from Monday 3 July 2023; Friday 18 and Friday 25 August 2023.
    year: 2023,
    half: 1,
    opensOn: '2023-07-03',
    kommuneDeadline: '2023-08-18',
    statsforvalterDeadline: '2023-08-25',
    formVersion: 2,
    reminderLeadDays: 7,
  },
  {
    // 8 February 2026 is a Sunday.
    year: 2025,
    half: 2,
    opensOn: '2026-01-01',
    kommuneDeadline: '2026-01-20',
    statsforvalterDeadline: '2026-02-09',
    formVersion: 2,
    reminderLeadDays: 7,
  },
  {
    year: 2026,
    half: 1,
    opensOn: '2026-07-01',
    kommuneDeadline: '2026-08-18',
    statsforvalterDeadline: '2026-08-25',
    formVersion: 2,
    reminderLeadDays: 7,
  },
  {
    year: 2026,
    half: 2,
    opensOn: '2027-01-01',
    kommuneDeadline: '2027-01-20',
    statsforvalterDeadline: '2027-02-08',
    formVersion: 2,
    reminderLeadDays: 7,
  },
];
