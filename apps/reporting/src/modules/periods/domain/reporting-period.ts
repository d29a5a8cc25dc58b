/** `1` is "1. halvår" (1 January – 30 June), `2` is "2. halvår" (1 July – 31 December). */
export type Half = 1 | 2;

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
export const DEFAULT_REMINDER_LEAD_DAYS = 7;
export const MAX_REMINDER_LEAD_DAYS = 60;

/**
 * What Bufdir decides about one half-year: when units can start reporting, the two deadlines and
 * which version of the half-year form (in `libs/report-forms`) is filled in. Dates are calendar dates
 * in Norway as `YYYY-MM-DD`, so they compare correctly as strings.
 */
export interface PeriodTerms {
  year: number;
  half: Half;
  /** The first day units can report. */
  opensOn: string;
  /** "Frist for kommunene": kommuner and bydeler submit by this day. */
  kommuneDeadline: string;
  /** "Frist for Statsforvalteren": the Statsforvalter has controlled and forwarded the reports by this day. */
  statsforvalterDeadline: string;
  /** The version number of the half-year form definition (1 for 2016, 2 from 2023). */
  formVersion: number;
  /** How many days before a deadline reminder e-mails go out. */
  reminderLeadDays: number;
}

/** The name people know a period by: `1. halvår 2023`. */
export const periodName = (year: number, half: Half): string =>
  `${half}. halvår ${year}`;

/** The first day the period covers. */
export const periodStart = (year: number, half: Half): string =>
  half === 1 ? `${year}-01-01` : `${year}-07-01`;

/** The last day the period covers. */
export const periodEnd = (year: number, half: Half): string =>
  half === 1 ? `${year}-06-30` : `${year}-12-31`;
