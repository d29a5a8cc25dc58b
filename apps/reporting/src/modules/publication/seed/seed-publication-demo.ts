import { formVersion } from '@bvr/report-forms';
import type { DataSource, EntityManager } from 'typeorm';
import { periodName } from '../../periods/domain/reporting-period';
import { ReportingPeriod } from '../../periods/persistence/reporting-period.orm-entity';
import { ReportingPeriodRepository } from '../../periods/persistence/reporting-period.repository';
import { publishApprovedReports } from '../persistence/publish-approved-report';
import {
  type DemoFigures,
  demoFigureProblems,
  demoFigures,
} from './demo-figures';
import { demoHalfYears, demoPeriodTerms } from './demo-periods';

/** Who the demo's reports were submitted and approved by. */
export const DEMO_PRINCIPAL = 'system:demo-seed';

export interface PublicationDemoResult {
  /** Periods the demo added, and how many approved reports it wrote in all. */
  periodsAdded: string[];
  reportsAdded: number;
}

/**
 * Demo history for the portal: an approved report of every reporting unit for each closed half-year of
 * `demoHalfYears()`, published as an approval publishes it. Idempotent: a unit that already has a report
 * for a period (the demo's, or a real one) is left alone, and an existing period keeps its terms. A
 * period whose Statsforvalter deadline has not passed is skipped: its reports are still to come.
 */
export async function seedPublicationDemo(
  dataSource: DataSource,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<PublicationDemoResult> {
  const units = await currentReportingUnits(dataSource);
  if (units.length === 0) return { periodsAdded: [], reportsAdded: 0 };
  const periods = new ReportingPeriodRepository(
    dataSource.getRepository(ReportingPeriod),
  );
  const halves = demoHalfYears();
  const added = await periods.insertMissing(
    halves.map(({ year, half }) => demoPeriodTerms(year, half)),
    DEMO_PRINCIPAL,
  );
  let reportsAdded = 0;
  for (const { year, half } of halves) {
    const period = await dataSource
      .getRepository(ReportingPeriod)
      .findOneByOrFail({ year, half });
    if (period.statsforvalterDeadline >= today) continue;
    const count = await dataSource.transaction((manager) =>
      approvedReportsFor(manager, period, units),
    );
    // Fresh tables have no statistics; without them the publish step plans badly for the next periods.
    if (count > 0 && reportsAdded === 0)
      await dataSource.query(
        'ANALYZE reporting.report, reporting.report_version, reporting.report_statsforvalter_values, reporting.published_report',
      );
    reportsAdded += count;
  }
  return {
    periodsAdded: added.map(({ year, half }) => periodName(year, half)),
    reportsAdded,
  };
}

async function currentReportingUnits(dataSource: DataSource) {
  const rows: { number: string }[] = await dataSource.query(
    `SELECT number FROM reporting.reporting_unit
      WHERE version_id = (
        SELECT id FROM reporting.reference_data_version
         ORDER BY (valid_from <= current_date) DESC, valid_from DESC, id DESC
         LIMIT 1)
      ORDER BY number`,
  );
  return rows.map((row) => row.number);
}

/** One period: the missing units' reports, their frozen version and the Statsforvalter's U3, then published. */
async function approvedReportsFor(
  manager: EntityManager,
  period: ReportingPeriod,
  units: string[],
): Promise<number> {
  const definition = formVersion(period.formVersion);
  if (!definition)
    throw new Error(
      `Period ${period.id} has unknown form version ${period.formVersion}`,
    );
  const figures = units.map((unitId) => {
    const values = demoFigures(definition, unitId, period.year, period.half);
    const problems = demoFigureProblems(definition, values);
    if (problems.length)
      throw new Error(
        `Demo figures of ${unitId} break the form: ${problems.join('; ')}`,
      );
    return values;
  });
  const submittedAt = `${period.kommuneDeadline}T10:00:00Z`;
  const approvedAt = `${period.statsforvalterDeadline}T09:00:00Z`;
  const inserted: { id: string; unit_id: string }[] = await manager.query(
    `INSERT INTO reporting.report
       (unit_id, period_id, status, draft_values, draft_revision, draft_saved_at, draft_saved_by,
        latest_version, decided_at)
     SELECT u.unit_id, $3, 'approved', u.figures, 1, $4, $6, 1, $5
       FROM unnest($1::text[], $2::jsonb[]) AS u(unit_id, figures)
     ON CONFLICT (unit_id, period_id) DO NOTHING
     RETURNING id, unit_id`,
    [
      units,
      figures.map((f) => JSON.stringify(f.unit)),
      period.id,
      submittedAt,
      approvedAt,
      DEMO_PRINCIPAL,
    ],
  );
  if (inserted.length === 0) return 0;
  const byUnit = new Map(units.map((unitId, i) => [unitId, figures[i]]));
  const json = (pick: (values: DemoFigures) => object) =>
    inserted.map((row) => {
      const values = byUnit.get(row.unit_id);
      if (!values) throw new Error(`No demo figures for ${row.unit_id}`);
      return JSON.stringify(pick(values));
    });
  const ids = inserted.map((row) => row.id);
  // The command was never sent to the workflow and never will be: `command_sent_at` keeps the sweeper away.
  await manager.query(
    `INSERT INTO reporting.report_version
       (report_id, version, frozen_values, form_version, submitted_at, submitted_by, channel,
        idempotency_key, command_id, command_payload, command_sent_at)
     SELECT v.id, 1, v.figures, $3, $4, $5, 'form', 'demo-seed', 'demo-' || v.id || '-v1',
            jsonb_build_object('demo', true), $4
       FROM unnest($1::uuid[], $2::jsonb[]) AS v(id, figures)`,
    [ids, json((f) => f.unit), period.formVersion, submittedAt, DEMO_PRINCIPAL],
  );
  await manager.query(
    `INSERT INTO reporting.report_statsforvalter_values
       (report_id, point_values, report_version, form_version, saved_at, saved_by)
     SELECT s.id, s.figures, 1, $3, $4, $5
       FROM unnest($1::uuid[], $2::jsonb[]) AS s(id, figures)
      WHERE s.figures <> '{}'::jsonb`,
    [
      ids,
      json((f) => f.statsforvalter),
      period.formVersion,
      approvedAt,
      DEMO_PRINCIPAL,
    ],
  );
  await publishApprovedReports(manager, ids);
  return inserted.length;
}
