import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { PeriodNotFoundError } from '../../../periods/domain/period.errors';
import { periodName } from '../../../periods/domain/reporting-period';
import { ReportingPeriodRepository } from '../../../periods/persistence/reporting-period.repository';
import { AsOfResolver } from '../../../reference-data/queries/as-of.resolver';
import { todayInNorway } from '../../../reference-data/domain/as-of-date';
import { Clock } from '@bvr/service-kit';
import { ReportAccess } from '../../access/report-access';
import { endOfDayInNorway } from '../../domain/end-of-day-in-norway';
import type {
  ListPeriodReportsQuery,
  OverviewFilterQuery,
  OverviewPeriodDto,
  PeriodReportsDto,
  UnitReportSummaryDto,
} from './list-period-reports.dto';
import {
  type OverviewRow,
  PeriodOverviewReadModel,
} from './period-overview.read-model';

export interface PeriodOverview {
  period: OverviewPeriodDto;
  items: UnitReportSummaryDto[];
  total: number;
}

/**
 * The overview of a period: every reporting unit the caller may see (a Statsforvalter its own
 * office's units, Bufdir and admins every unit) with its report status, and whether it is overdue.
 */
@Injectable()
export class ListPeriodReportsQueryHandler {
  constructor(
    private readonly periods: ReportingPeriodRepository,
    private readonly asOf: AsOfResolver,
    private readonly access: ReportAccess,
    private readonly overview: PeriodOverviewReadModel,
    private readonly clock: Clock,
  ) {}

  async execute(
    periodId: number,
    query: ListPeriodReportsQuery,
    principal: Principal,
  ): Promise<PeriodReportsDto> {
    const page = {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    const overview = await this.find(periodId, query, principal, page);
    return { ...overview, page: query.page, pageSize: query.pageSize };
  }

  /** Every matching unit, without paging: the CSV export. */
  all(
    periodId: number,
    query: OverviewFilterQuery,
    principal: Principal,
  ): Promise<PeriodOverview> {
    return this.find(periodId, query, principal);
  }

  private async find(
    periodId: number,
    query: OverviewFilterQuery,
    principal: Principal,
    page?: { limit: number; offset: number },
  ): Promise<PeriodOverview> {
    const offices = this.access.overviewOffices(principal, query.office);
    const period = await this.periods.byId(periodId);
    if (!period) throw PeriodNotFoundError.withId(periodId);
    const now = this.clock.now();
    const { dataVersion } = await this.asOf.resolve(todayInNorway(now));
    const deadline = new Date(endOfDayInNorway(period.kommuneDeadline));
    const { rows, total } = await this.overview.find({
      referenceVersionId: dataVersion.id,
      periodId,
      offices,
      status: query.status,
      text: query.q || undefined,
      deadline,
      pastDeadline: now > deadline,
      sort: query.sort,
      order: query.order,
      page,
    });
    return {
      period: {
        id: period.id,
        name: periodName(period.year, period.half),
        kommuneDeadline: period.kommuneDeadline,
        statsforvalterDeadline: period.statsforvalterDeadline,
      },
      items: rows.map(toSummary),
      total,
    };
  }
}

const toSummary = (row: OverviewRow): UnitReportSummaryDto => ({
  ...row,
  submittedAt: row.submittedAt?.toISOString() ?? null,
});
