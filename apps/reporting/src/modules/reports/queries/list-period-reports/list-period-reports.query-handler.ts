import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { PeriodNotFoundError } from '../../../periods/domain/period.errors';
import { ReportingPeriodRepository } from '../../../periods/persistence/reporting-period.repository';
import { AsOfResolver } from '../../../reference-data/queries/as-of.resolver';
import { ReportAccess } from '../../access/report-access';
import { ReportOverviewRepository } from '../../persistence/report-overview.repository';
import type {
  ListPeriodReportsQuery,
  PeriodReportsDto,
} from './list-period-reports.dto';

/** The Statsforvalter's overview of its units for a period (Bufdir and admins: every unit). */
@Injectable()
export class ListPeriodReportsQueryHandler {
  constructor(
    private readonly periods: ReportingPeriodRepository,
    private readonly asOf: AsOfResolver,
    private readonly access: ReportAccess,
    private readonly overview: ReportOverviewRepository,
  ) {}

  async execute(
    periodId: number,
    query: ListPeriodReportsQuery,
    principal: Principal,
  ): Promise<PeriodReportsDto> {
    const offices = this.access.overviewOffices(principal, query.office);
    if (!(await this.periods.byId(periodId)))
      throw PeriodNotFoundError.withId(periodId);
    const { dataVersion } = await this.asOf.resolve();
    const { rows, total } = await this.overview.page({
      referenceVersionId: dataVersion.id,
      periodId,
      offices,
      status: query.status,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return {
      items: rows.map((row) => ({
        ...row,
        submittedAt: row.submittedAt?.toISOString() ?? null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
