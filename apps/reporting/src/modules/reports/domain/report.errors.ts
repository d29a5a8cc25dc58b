import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import type { ReportProblem } from './report-problems';
import type { ReportStatus } from './report-status';

/** No such report or version; the HTTP layer answers 404. */
export class ReportNotFoundError extends DomainError {
  readonly code = ErrorCode.REPORT_NOT_FOUND;

  static withId(id: string): ReportNotFoundError {
    return new ReportNotFoundError(`There is no report ${id}`);
  }

  static version(id: string, version: number): ReportNotFoundError {
    return new ReportNotFoundError(`Report ${id} has no version ${version}`);
  }
}

/** The values break the form's rules; 400 with `problems[]` (Norwegian messages) for the form to show. */
export class ReportInvalidError extends DomainError {
  readonly code = ErrorCode.REPORT_INVALID;

  static of(
    problems: ReportProblem[],
    doing: 'saved' | 'submitted',
  ): ReportInvalidError {
    return new ReportInvalidError(
      `The report cannot be ${doing}: ${problems.length} problem(s) in the values`,
      { problems },
    );
  }
}

/** Someone else saved the draft after the caller loaded it; 409, and the caller reloads. */
export class ReportRevisionConflictError extends DomainError {
  readonly code = ErrorCode.REPORT_REVISION_CONFLICT;

  static of(
    expected: number,
    current: { revision: number; savedAt: Date | null; savedBy: string | null },
  ): ReportRevisionConflictError {
    return new ReportRevisionConflictError(
      `Someone else saved the report after you opened it (your revision ${expected}, now ${current.revision}); reload it and make your changes again`,
      {
        currentRevision: current.revision,
        savedAt: current.savedAt?.toISOString() ?? null,
        savedBy: current.savedBy,
      },
    );
  }
}

/** The unit cannot change the report in this status; 409. */
export class ReportLockedError extends DomainError {
  readonly code = ErrorCode.REPORT_LOCKED;

  static because(status: ReportStatus): ReportLockedError {
    return new ReportLockedError(
      status === 'approved'
        ? 'The report is approved; approved reports cannot change'
        : 'The report is with the Statsforvalter for control; it can change again only if it is returned',
      { status },
    );
  }
}

/** A decision on a report that is not waiting for one (e.g. returning a draft); 409. */
export class ReportStatusConflictError extends DomainError {
  readonly code = ErrorCode.REPORT_STATUS_CONFLICT;

  static cannot(
    what: string,
    id: string,
    status: ReportStatus,
  ): ReportStatusConflictError {
    return new ReportStatusConflictError(
      `Report ${id} cannot be ${what}: it is ${status}, not submitted`,
      { status },
    );
  }
}

/** A submission's idempotency key came again with other values: a client bug, never a repeat; 422. */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = ErrorCode.IDEMPOTENCY_KEY_REUSED;

  static forVersion(version: number): IdempotencyKeyReusedError {
    return new IdempotencyKeyReusedError(
      `This idempotency key already submitted version ${version} with other values; send new values with a new key`,
      { version },
    );
  }
}
