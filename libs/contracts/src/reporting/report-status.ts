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

/** `overdue` ("Forsinket"): not submitted (not started or a draft) after the kommune deadline. */
export const OVERDUE = 'overdue';
/** The overview's status filter, as the service takes it and the SPA offers it. */
export const OVERVIEW_FILTERS = [
  NOT_STARTED,
  ...REPORT_STATUSES,
  OVERDUE,
] as const;
export type OverviewStatusFilter = (typeof OVERVIEW_FILTERS)[number];

/** The overview's sortable columns. */
export const OVERVIEW_SORTS = [
  'unit',
  'name',
  'office',
  'status',
  'submitted',
] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];
