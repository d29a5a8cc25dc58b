/**
 * When a period takes a submission: from its opening day on; after the deadlines it is accepted and
 * shown as late.
 * Real: PostgreSQL, Redis, the migrations, the bundled reference data, the whole reporting module.
 * Faked: the key tokens are signed with, and the clock.
 */
import { ErrorCode } from '@bvr/contracts';
import { submission } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import { bergenReporter, kinnReporter } from '../support/test-callers';

const ARNA = '460101';
const FANA = '460103';
const KINN = '4602';

describe('the submission window of a period', () => {
  let world: ReportsWorld;
  const submit = (periodId: number, unitId: string, caller = bergenReporter) =>
    world.api.call('POST', reportPath(periodId, unitId, '/submit'), {
      caller,
      body: submission(),
    });
  const reportRows = async (periodId: number) =>
    Number(
      (
        await world.testDb.dataSource.query(
          `SELECT count(*) AS n FROM reporting.report WHERE period_id = $1`,
          [periodId],
        )
      )[0].n,
    );

  beforeAll(async () => {
    world = await startReportsWorld('submission-window');
  });

  afterAll(async () => {
    await world?.close();
  });

  it('refuses a submission the day before the period opens (in Norway) with 409, and keeps nothing', async () => {
    const period = await world.newPeriod();
    // 21:30 UTC on 30 June is 23:30 in Oslo, still the day before 1 July
    world.clock.set(new Date(`${period.year}-06-30T21:30:00Z`));

    const reply = await submit(period.id, ARNA);

    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({
      code: ErrorCode.PERIOD_NOT_OPEN,
      opensOn: `${period.year}-07-01`,
    });
    expect(reply.body.message).toContain(`opens on ${period.year}-07-01`);
    await expect(reportRows(period.id)).resolves.toBe(0);
  });

  it('accepts a late report after the kommune deadline, and shows it as late', async () => {
    const period = await world.newPeriod();
    world.clock.set(new Date(`${period.year}-08-22T09:00:00Z`));

    const reply = await submit(period.id, KINN, kinnReporter);
    const overview = await world.api.call(
      'GET',
      `/periods/${period.id}/reports?q=${KINN}`,
      { caller: { id: 'bufdir', grants: ['bufdir@national'] } },
    );

    expect(reply.status).toBe(201);
    expect(overview.body.items[0]).toMatchObject({
      unitId: KINN,
      status: 'submitted',
      submittedLate: true,
      submittedAt: `${period.year}-08-22T09:00:00.000Z`,
    });
  });

  it("accepts a first submission after the Statsforvalter's deadline too, as late", async () => {
    const period = await world.newPeriod();
    // 22:00 UTC on 25 August is midnight in Oslo: the deadline day is over
    world.clock.set(new Date(`${period.year}-08-25T22:00:00Z`));

    const late = await submit(period.id, FANA);

    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ version: 1, status: 'submitted' });
  });
});
