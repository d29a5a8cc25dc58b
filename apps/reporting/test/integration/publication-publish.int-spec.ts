/**
 * The portal's read model is written when a report is approved, in the same transaction: a returned
 * report is not published, the Statsforvalter's own U3 is, the migration backfills what was approved
 * before it, and the demo history is written through the same step, once.
 */
import {
  HALVARSRAPPORT_V1,
  HALVARSRAPPORT_V2,
  validateReport,
} from '@bvr/report-forms';
import { CreatePublishedReport1765000000000 } from '../../src/migrations/1765000000000-create-published-report';
import { ReportDecisionsService } from '../../src/modules/reports/commands/decisions/report-decisions.service';
import { seedPublicationDemo } from '../../src/modules/publication/seed/seed-publication-demo';
import { submission } from '../support/report.factory';
import { seedReportingPeriods } from '../support/reporting-test-database';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import {
  bergenReporter,
  bufdir,
  vestlandCaseworker,
} from '../support/test-callers';

const ARNA = '460101';

describe('publishing approved reports', () => {
  let world: ReportsWorld;
  let decisions: ReportDecisionsService;

  beforeAll(async () => {
    world = await startReportsWorld('publication-publish');
    decisions = world.api.app.get(ReportDecisionsService);
  });
  afterAll(() => world?.close());

  const published = (reportId: string) =>
    world.testDb.dataSource.query(
      `SELECT unit_id, period_id, kommune_id, county_id, report_version, form_version, figures, approved_at
         FROM reporting.published_report WHERE report_id = $1`,
      [reportId],
    );

  async function submitted(values: Record<string, unknown> = {}) {
    const period = await world.newPeriod();
    const { status, body } = await world.api.call(
      'POST',
      reportPath(period.id, ARNA, '/submit'),
      {
        caller: bergenReporter,
        body: submission({
          U1: 10,
          U2: 4,
          A1: 10,
          A2: 8,
          A3: 4,
          'A3.1': 2,
          K1: 'Ola Nordmann ringte',
          ...values,
        }),
      },
    );
    expect(status).toBe(201);
    return { period, reportId: body.reportId as string };
  }

  it('publishes the approved version with the Statsforvalter’s U3, without free text', async () => {
    const { period, reportId } = await submitted();
    const saved = await world.api.call(
      'PUT',
      `/reports/${reportId}/statsforvalter-values`,
      {
        caller: vestlandCaseworker,
        body: { values: { U3: 3 } },
      },
    );
    expect(saved.status).toBe(200);
    await expect(published(reportId)).resolves.toEqual([]);

    await decisions.markApproved(reportId);

    const [row] = await published(reportId);
    expect(row).toMatchObject({
      unit_id: ARNA,
      period_id: period.id,
      kommune_id: '4601',
      county_id: '46',
      report_version: 1,
      form_version: 2,
    });
    expect(row.figures).toMatchObject({
      U1: 10,
      U2: 4,
      U3: 3,
      A3: 4,
      'A3.1': 2,
      F5: false,
    });
    expect(row.figures).not.toHaveProperty('K1');
    const series = await world.api.call(
      'GET',
      `/publication/indicators/plans-evaluated/series?units=${ARNA}`,
      { caller: bufdir },
    );
    expect(series.body.series[0].values).toContainEqual(
      expect.objectContaining({
        periodId: period.id,
        numerator: 2,
        denominator: 4,
      }),
    );
  });

  it('does not publish a returned report', async () => {
    const { reportId } = await submitted();
    await decisions.markReturned(reportId, 'A3 ser for lav ut');
    await expect(published(reportId)).resolves.toEqual([]);
  });

  it('publishes once when the approval comes twice', async () => {
    const { reportId } = await submitted();
    await decisions.markApproved(reportId);
    await decisions.markApproved(reportId);
    await expect(published(reportId)).resolves.toHaveLength(1);
  });

  it('backfills the reports approved before the migration', async () => {
    const { reportId } = await submitted({ A3: 6, 'A3.1': 5 });
    await decisions.markApproved(reportId);
    const before = await published(reportId);
    const migration = new CreatePublishedReport1765000000000();
    const runner = world.testDb.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    await expect(published(reportId)).resolves.toEqual(before);
    const [{ count }] = await world.testDb.dataSource.query(
      `SELECT count(*)::int AS count FROM reporting.published_report`,
    );
    const [{ approved }] = await world.testDb.dataSource.query(
      `SELECT count(*)::int AS approved FROM reporting.report WHERE status = 'approved'`,
    );
    expect(count).toBe(approved);
  });
});

describe('the demo history', () => {
  let world: ReportsWorld;

  beforeAll(async () => {
    world = await startReportsWorld('publication-demo');
    await seedReportingPeriods(world.testDb.dataSource);
  });
  afterAll(() => world?.close());

  const counts = () =>
    world.testDb.dataSource.query(
      `SELECT (SELECT count(*)::int FROM reporting.report) AS reports,
              (SELECT count(*)::int FROM reporting.published_report) AS published,
              (SELECT count(*)::int FROM reporting.reporting_period) AS periods,
              (SELECT count(*)::int FROM reporting.reporting_unit
                WHERE version_id = (SELECT max(id) FROM reporting.reference_data_version)) AS units`,
    );

  it('publishes every reporting unit’s approved report for each closed past half-year, once', async () => {
    const first = await seedPublicationDemo(
      world.testDb.dataSource,
      '2026-12-04',
    );
    const [after] = await counts();
    expect(first.reportsAdded).toBe(17 * after.units); // 1. halvår 2017 – 1. halvår 2025
    expect(after.published).toBe(after.reports);

    const again = await seedPublicationDemo(
      world.testDb.dataSource,
      '2026-12-04',
    );
    expect(again).toEqual({ periodsAdded: [], reportsAdded: 0 });
    await expect(counts()).resolves.toEqual([after]);
  });

  it('leaves the current periods, which the browser tests submit in, without reports', async () => {
    const rows = await world.testDb.dataSource.query(
      `SELECT p.year, p.half, count(r.id)::int AS reports
         FROM reporting.reporting_period p LEFT JOIN reporting.report r ON r.period_id = p.id
        WHERE (p.year, p.half) >= (2025, 2) GROUP BY p.year, p.half ORDER BY 1, 2`,
    );
    expect(rows).toEqual([
      { year: 2025, half: 2, reports: 0 },
      { year: 2026, half: 1, reports: 0 },
      { year: 2026, half: 2, reports: 0 },
    ]);
  });

  it('writes figures the form accepts, with the Statsforvalter’s U3', async () => {
    const rows: { form_version: number; figures: Record<string, number> }[] =
      await world.testDb.dataSource.query(
        `SELECT form_version, figures FROM reporting.published_report ORDER BY random() LIMIT 200`,
      );
    for (const { form_version, figures } of rows) {
      const definition =
        form_version === 1 ? HALVARSRAPPORT_V1 : HALVARSRAPPORT_V2;
      expect(
        validateReport(definition, figures, { filledBy: 'statsforvalter' }),
      ).toEqual([]);
      expect(figures.U3).toBeLessThanOrEqual(figures.U2);
    }
  });

  it('writes no history for a period that is not closed yet', async () => {
    await world.testDb.dataSource.query(
      `DELETE FROM reporting.published_report WHERE period_id IN
         (SELECT id FROM reporting.reporting_period WHERE year = 2025 AND half = 1)`,
    );
    await world.testDb.dataSource.query(
      `DELETE FROM reporting.report_statsforvalter_values WHERE report_id IN (SELECT r.id FROM reporting.report r
         JOIN reporting.reporting_period p ON p.id = r.period_id WHERE p.year = 2025 AND p.half = 1)`,
    );
    await world.testDb.dataSource.query(
      `DELETE FROM reporting.report_version WHERE report_id IN (SELECT r.id FROM reporting.report r
         JOIN reporting.reporting_period p ON p.id = r.period_id WHERE p.year = 2025 AND p.half = 1)`,
    );
    await world.testDb.dataSource.query(
      `DELETE FROM reporting.report WHERE period_id IN
         (SELECT id FROM reporting.reporting_period WHERE year = 2025 AND half = 1)`,
    );
    // 1. halvår 2025's Statsforvalter deadline is 25 August 2025.
    await expect(
      seedPublicationDemo(world.testDb.dataSource, '2025-08-25'),
    ).resolves.toEqual({
      periodsAdded: [],
      reportsAdded: 0,
    });
  });
});
