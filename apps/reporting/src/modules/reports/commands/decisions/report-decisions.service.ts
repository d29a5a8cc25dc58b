import { Injectable } from '@nestjs/common';
import {
  ReportNotFoundError,
  ReportStatusConflictError,
} from '../../domain/report.errors';
import type { ReportStatus } from '../../domain/report-status';
import { publishApprovedReport } from '../../../publication/persistence/publish-approved-report';
import { ReportRepository } from '../../persistence/report.repository';

/** At most 4000 characters, as the Statsforvalter's "Nei" message in the control task. */
export const RETURN_MESSAGE_MAX = 4000;

/**
 * The Statsforvalter's decision on a submitted report, as the workflow reports it (the
 * `reporting.forward-report` and `reporting.return-report` external tasks call these; that wiring is
 * a later step). Repeating a decision already made is a no-op, so a redelivered job is harmless.
 */
@Injectable()
export class ReportDecisionsService {
  constructor(private readonly reports: ReportRepository) {}

  /** "Nei" with a message: back to the unit, which corrects it and submits again. */
  async markReturned(reportId: string, message: string): Promise<void> {
    if (message.trim() === '' || [...message].length > RETURN_MESSAGE_MAX)
      throw new RangeError(
        `A return message has 1 to ${RETURN_MESSAGE_MAX} characters`,
      );
    return this.decide(reportId, 'returned', message);
  }

  /** "Ja": forwarded to Bufdir; the report cannot change any more. */
  markApproved(reportId: string): Promise<void> {
    return this.decide(reportId, 'approved', null);
  }

  private async decide(
    reportId: string,
    status: Extract<ReportStatus, 'returned' | 'approved'>,
    message: string | null,
  ): Promise<void> {
    const found = await this.reports.byIdLocked(reportId, async (locked) => {
      const current = locked.report.status;
      if (current === status) return true;
      if (current !== 'submitted')
        throw ReportStatusConflictError.cannot(status, reportId, current);
      await locked.decide(status, message);
      // The portal shows an approved report from the moment it is approved, never before.
      if (status === 'approved')
        await publishApprovedReport(locked.manager, locked.report);
      return true;
    });
    if (!found) throw ReportNotFoundError.withId(reportId);
  }
}
