import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import { todayInNorway } from '../../../reference-data/domain/as-of-date';

/** The period does not take this submission now; 409, with the dates that decide it. */
export class PeriodNotOpenError extends DomainError {
  readonly code = ErrorCode.PERIOD_NOT_OPEN;

  static notYet(name: string, opensOn: string): PeriodNotOpenError {
    return new PeriodNotOpenError(
      `Reporting for ${name} opens on ${opensOn}; the report cannot be submitted before that`,
      { opensOn },
    );
  }
}

export interface SubmissionPeriod {
  name: string;
  opensOn: string;
}

/**
 * Whether the period takes a submission at `now`: from its opening day (in Norway) on. No deadline
 * stops a report: a late one is accepted and shown as late, because a refused report would be a
 * report that never reaches the Statsforvalter or Bufdir.
 */
export function submissionRefusal(
  period: SubmissionPeriod,
  now: Date,
): PeriodNotOpenError | null {
  return todayInNorway(now) < period.opensOn
    ? PeriodNotOpenError.notYet(period.name, period.opensOn)
    : null;
}
