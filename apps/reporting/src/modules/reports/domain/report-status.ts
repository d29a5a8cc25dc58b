import type { ReportStatus } from '@bvr/contracts';

export {
  NOT_STARTED,
  type OverviewStatus,
  REPORT_STATUSES,
  type ReportStatus,
} from '@bvr/contracts';

/** A submission through the form (a person) or by machine (a case system). */
export type SubmissionChannel = 'form' | 'machine';

/** The unit works on the report while it is a draft, or after the Statsforvalter returned it. */
export const isWithUnit = (status: ReportStatus): boolean =>
  status === 'draft' || status === 'returned';
