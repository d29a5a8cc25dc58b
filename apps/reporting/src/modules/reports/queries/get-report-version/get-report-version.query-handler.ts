import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { ReportNotFoundError } from '../../domain/report.errors';
import { ReportVersionRepository } from '../../persistence/report-version.repository';
import { ReadableReport } from '../readable-report';
import {
  type ReportVersionDto,
  toReportVersionDto,
} from '../report-version.dto';

@Injectable()
export class GetReportVersionQueryHandler {
  constructor(
    private readonly reports: ReadableReport,
    private readonly versions: ReportVersionRepository,
  ) {}

  async execute(
    reportId: string,
    number: number,
    principal: Principal,
  ): Promise<ReportVersionDto> {
    const report = await this.reports.load(reportId, principal);
    const version = await this.versions.version(reportId, number);
    if (!version) throw ReportNotFoundError.version(reportId, number);
    return toReportVersionDto(report, version);
  }
}
