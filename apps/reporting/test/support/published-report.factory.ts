import type { ReportValues } from '@bvr/report-forms';
import type { DataSource } from 'typeorm';
import { ReportDecisionsService } from '../../src/modules/reports/commands/decisions/report-decisions.service';
import type { ReportingTestApp } from './reporting-test-app';

export interface DecidedReport {
  unitId: string;
  periodId: number;
  /** The unit's frozen answers (not validated: a test may leave a point out). */
  values: ReportValues;
  /** The Statsforvalter's answers saved during control, e.g. `{ U3: 2 }`. */
  statsforvalter?: ReportValues;
  formVersion?: number;
}

/**
 * A submitted report, written as a submission leaves it, then decided through the service the
 * workflow's forward/return workers call: so an approval publishes exactly as in production.
 */
export async function decidedReport(
  api: ReportingTestApp,
  dataSource: DataSource,
  report: DecidedReport,
  decision: 'approved' | 'returned' = 'approved',
): Promise<string> {
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO reporting.report (unit_id, period_id, status, draft_values, latest_version)
     VALUES ($1, $2, 'submitted', $3::jsonb, 1) RETURNING id`,
    [report.unitId, report.periodId, JSON.stringify(report.values)],
  );
  await dataSource.query(
    `INSERT INTO reporting.report_version
       (report_id, version, frozen_values, form_version, submitted_at, submitted_by, channel,
        idempotency_key, command_id, command_payload, command_sent_at)
     VALUES ($1::uuid, 1, $2::jsonb, $3, now(), 'test', 'form', 'k', 'test-' || $1::text || '-v1', '{}'::jsonb, now())`,
    [id, JSON.stringify(report.values), report.formVersion ?? 2],
  );
  if (report.statsforvalter)
    await dataSource.query(
      `INSERT INTO reporting.report_statsforvalter_values
         (report_id, point_values, report_version, form_version, saved_at, saved_by)
       VALUES ($1, $2::jsonb, 1, $3, now(), 'test')`,
      [id, JSON.stringify(report.statsforvalter), report.formVersion ?? 2],
    );
  const decisions = api.app.get(ReportDecisionsService);
  if (decision === 'approved') await decisions.markApproved(id);
  else await decisions.markReturned(id, 'Tallene stemmer ikke');
  return id;
}
