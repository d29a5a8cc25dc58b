import { ForbiddenError, type Principal } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { formVersion } from '@bvr/report-forms';
import { Injectable } from '@nestjs/common';
import { ReferenceDataUnitDirectory } from '../../../reference-data/queries/office-of-unit/reference-data-unit-directory';
import { ReportAccess } from '../../access/report-access';
import {
  ReportNotFoundError,
  ReportStatusConflictError,
} from '../../domain/report.errors';
import { statsforvalterValueProblems } from './statsforvalter-value-problems';
import { StatsforvalterValuesInvalidError } from './statsforvalter-values.errors';
import {
  type SavedStatsforvalterValues,
  StatsforvalterValuesRepository,
} from './statsforvalter-values.repository';
import type {
  StatsforvalterValuesDto,
  StatsforvalterValuesRequest,
} from './statsforvalter-values.request.dto';

/**
 * The points the Statsforvalter fills during control («Antall saker … godkjent av statsforvalteren»):
 * only caseworkers of the office that controls the report's unit, and only while the report awaits
 * control; judged by the form's rules against the version the unit submitted.
 */
@Injectable()
export class StatsforvalterValuesService {
  constructor(
    private readonly repository: StatsforvalterValuesRepository,
    private readonly directory: ReferenceDataUnitDirectory,
    private readonly access: ReportAccess,
  ) {}

  async read(
    reportId: string,
    principal: Principal,
  ): Promise<StatsforvalterValuesDto> {
    const unitId = await this.repository.unitOf(reportId);
    if (!unitId) throw ReportNotFoundError.withId(reportId);
    await this.access.assertCanRead(principal, unitId);
    return toDto(reportId, await this.repository.find(reportId));
  }

  async save(
    reportId: string,
    { values }: StatsforvalterValuesRequest,
    by: Principal,
  ): Promise<StatsforvalterValuesDto> {
    const unitId = await this.repository.unitOf(reportId);
    if (!unitId) throw ReportNotFoundError.withId(reportId);
    await this.assertControls(by, unitId);
    const saved = await this.repository.underControl(
      reportId,
      async (report, save) => {
        if (report.status !== 'submitted' || !report.submitted)
          throw ReportStatusConflictError.cannot(
            "given the Statsforvalter's values (they are filled in only while the report awaits control)",
            reportId,
            report.status,
          );
        const definition = formVersion(report.submitted.formVersion);
        if (!definition)
          throw new Error(
            `Report ${reportId} was submitted under form version ${report.submitted.formVersion}, which this build does not have`,
          );
        const problems = statsforvalterValueProblems(
          definition,
          report.submitted.values,
          values,
        );
        if (problems.length)
          throw StatsforvalterValuesInvalidError.of(problems);
        const next: SavedStatsforvalterValues = {
          values,
          reportVersion: report.latestVersion ?? 1,
          formVersion: definition.version,
          savedAt: new Date(),
          savedBy: by.id,
        };
        await save(next);
        return next;
      },
    );
    if (!saved) throw ReportNotFoundError.withId(reportId);
    return toDto(reportId, saved);
  }

  /** A caseworker grant for the office that controls the unit today; no other role, no other office. */
  private async assertControls(principal: Principal, unitId: string) {
    const officeId = await this.directory.officeOf(unitId);
    if (
      officeId &&
      principal.covers([Role.STATSFORVALTER_CASEWORKER], { unitId, officeId })
    )
      return;
    throw new ForbiddenError(
      `Only caseworkers of the Statsforvalter office that controls unit ${unitId} fill in its control points`,
    );
  }
}

function toDto(
  reportId: string,
  saved: SavedStatsforvalterValues | null,
): StatsforvalterValuesDto {
  return {
    reportId,
    values: saved?.values ?? {},
    reportVersion: saved?.reportVersion ?? null,
    formVersion: saved?.formVersion ?? null,
    savedAt: saved?.savedAt.toISOString() ?? null,
    savedBy: saved?.savedBy ?? null,
  };
}
