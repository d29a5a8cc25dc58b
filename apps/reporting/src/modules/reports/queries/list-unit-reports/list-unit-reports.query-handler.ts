import { Injectable } from '@nestjs/common';
import { ReportRepository } from '../../persistence/report.repository';
import type { UnitReportDto } from './unit-report.dto';

/** One row per period the unit has a report for; a period without one has not been started. */
@Injectable()
export class ListUnitReportsQueryHandler {
  constructor(private readonly reports: ReportRepository) {}

  async execute(unitId: string): Promise<UnitReportDto[]> {
    const rows = await this.reports.ofUnit(unitId);
    return rows.map((row) => ({
      periodId: row.periodId,
      reportId: row.id,
      status: row.status,
    }));
  }
}
