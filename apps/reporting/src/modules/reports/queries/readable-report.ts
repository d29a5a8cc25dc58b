import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { ReportAccess } from '../access/report-access';
import { ReportNotFoundError } from '../domain/report.errors';
import type { Report } from '../persistence/report.orm-entity';
import { ReportRepository } from '../persistence/report.repository';

/** Loads a report named by id, for a caller who may read its unit's report (else 403). */
@Injectable()
export class ReadableReport {
  constructor(
    private readonly reports: ReportRepository,
    private readonly access: ReportAccess,
  ) {}

  async load(reportId: string, principal: Principal): Promise<Report> {
    const report = await this.reports.byId(reportId);
    if (!report) throw ReportNotFoundError.withId(reportId);
    await this.access.assertCanRead(principal, report.unitId);
    return report;
  }
}
