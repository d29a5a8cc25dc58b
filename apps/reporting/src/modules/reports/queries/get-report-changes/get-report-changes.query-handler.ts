import type { Principal } from '@bvr/auth';
import { changesBetween, formVersion } from '@bvr/report-forms';
import { Injectable } from '@nestjs/common';
import { ReportVersionRepository } from '../../persistence/report-version.repository';
import { ReadableReport } from '../readable-report';
import type { ReportChangesDto } from '../report-version.dto';

/** What the unit changed in its latest submission since the one before: the Statsforvalter's control view. */
@Injectable()
export class GetReportChangesQueryHandler {
  constructor(
    private readonly reports: ReadableReport,
    private readonly versions: ReportVersionRepository,
  ) {}

  async execute(
    reportId: string,
    principal: Principal,
  ): Promise<ReportChangesDto> {
    await this.reports.load(reportId, principal);
    const [latest, previous] = await this.versions.latest(reportId, 2);
    const definition = latest && formVersion(latest.formVersion);
    return {
      reportId,
      fromVersion: previous?.version ?? null,
      toVersion: latest?.version ?? null,
      // Compared under the latest version's form: that is what the Statsforvalter controls.
      changes:
        previous && definition
          ? changesBetween(definition, previous.values, latest.values)
          : [],
    };
  }
}
