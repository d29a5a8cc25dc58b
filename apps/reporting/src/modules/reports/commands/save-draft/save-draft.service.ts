import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { ReportContextLoader } from '../../access/report-context';
import {
  ReportInvalidError,
  ReportLockedError,
  ReportRevisionConflictError,
} from '../../domain/report.errors';
import { unitReportProblems } from '../../domain/report-problems';
import { isWithUnit } from '../../domain/report-status';
import { ReportRepository } from '../../persistence/report.repository';
import type {
  SaveDraftRequest,
  SaveDraftResponseDto,
} from './save-draft.request.dto';

/**
 * "Lagre": keeps what the unit has filled in so far. Empty points are fine, malformed values are not;
 * a save from a stale revision is refused rather than overwriting someone else's.
 */
@Injectable()
export class SaveDraftService {
  constructor(
    private readonly context: ReportContextLoader,
    private readonly reports: ReportRepository,
  ) {}

  async execute(
    periodId: number,
    unitId: string,
    { values, revision }: SaveDraftRequest,
    by: Principal,
  ): Promise<SaveDraftResponseDto> {
    const { definition } = await this.context.load(periodId, unitId);
    const problems = unitReportProblems(definition, values, 'draft');
    if (problems.length) throw ReportInvalidError.of(problems, 'saved');
    return this.reports.forUnitAndPeriod(unitId, periodId, async (locked) => {
      const { report } = locked;
      if (!isWithUnit(report.status))
        throw ReportLockedError.because(report.status);
      if (report.draftRevision !== revision)
        throw ReportRevisionConflictError.of(revision, {
          revision: report.draftRevision,
          savedAt: report.draftSavedAt,
          savedBy: report.draftSavedBy,
        });
      const savedAt = new Date();
      return {
        revision: await locked.saveDraft(values, by.id, savedAt),
        savedAt: savedAt.toISOString(),
      };
    });
  }
}
