import { Injectable } from '@nestjs/common';
import { ReportContextLoader } from '../../access/report-context';
import { ReportRepository } from '../../persistence/report.repository';
import { type ReportDto, toReportDto } from './report.dto';

/** Reads only: a unit without a report gets the empty draft view, and nothing is written. */
@Injectable()
export class GetReportQueryHandler {
  constructor(
    private readonly context: ReportContextLoader,
    private readonly reports: ReportRepository,
  ) {}

  async execute(periodId: number, unitId: string): Promise<ReportDto> {
    const context = await this.context.load(periodId, unitId);
    return toReportDto(context, await this.reports.find(unitId, periodId));
  }
}
