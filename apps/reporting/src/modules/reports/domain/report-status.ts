/** Where a report is: the unit fills it in, the Statsforvalter controls it, and returns or approves it. */
export const REPORT_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** In the overview, a unit that has not saved anything yet has no report row. */
export const NOT_STARTED = 'not-started';
export type OverviewStatus = ReportStatus | typeof NOT_STARTED;

/** A submission through the form (a person) or by machine (a case system). */
export type SubmissionChannel = 'form' | 'machine';

/** The unit works on the report while it is a draft, or after the Statsforvalter returned it. */
export const isWithUnit = (status: ReportStatus): boolean =>
  status === 'draft' || status === 'returned';
