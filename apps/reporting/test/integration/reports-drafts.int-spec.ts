/**
 * A unit's draft over HTTP: the lazy empty report, "Lagre" with revisions, and the form's rules in draft mode.
 * Real: PostgreSQL (a database of its own), Redis, the migrations, the bundled reference data, the whole
 * reporting module with its auth guard. Faked: only the key tokens are signed with.
 */
import { ErrorCode } from '@bvr/contracts';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import { bergenReporter } from '../support/test-callers';

const ARNA = '460101';

describe('report drafts', () => {
  let world: ReportsWorld;

  beforeAll(async () => {
    world = await startReportsWorld('report-drafts');
  });

  afterAll(async () => {
    await world?.close();
  });

  const reportCount = async (periodId: number): Promise<number> =>
    Number(
      (
        await world.testDb.dataSource.query(
          'SELECT count(*) AS n FROM reporting.report WHERE period_id = $1',
          [periodId],
        )
      )[0].n,
    );

  it('shows an empty draft with the form version and deadlines, without writing anything', async () => {
    // given
    const period = await world.newPeriod();

    // when
    const { status, body } = await world.api.call(
      'GET',
      reportPath(period.id, ARNA),
      { caller: bergenReporter },
    );

    // then
    expect(status).toBe(200);
    expect(body).toEqual({
      reportId: null,
      periodId: period.id,
      periodName: period.name,
      unitId: ARNA,
      unitName: 'Arna',
      status: 'draft',
      values: {},
      revision: 0,
      savedAt: null,
      savedBy: null,
      latestVersion: null,
      formVersion: 2,
      deadlines: {
        opensOn: `${period.year}-07-01`,
        kommuneDeadline: `${period.year}-08-18`,
        statsforvalterDeadline: `${period.year}-08-25`,
      },
      returnMessage: null,
    });
    await expect(reportCount(period.id)).resolves.toBe(0);
  });

  it('saves a partial draft and raises the revision each time', async () => {
    // given
    const period = await world.newPeriod();
    const path = reportPath(period.id, ARNA);

    // when
    const first = await world.api.call('PUT', `${path}/draft`, {
      caller: bergenReporter,
      body: { values: { A1: 12, K1: '' }, revision: 0 },
    });
    const second = await world.api.call('PUT', `${path}/draft`, {
      caller: bergenReporter,
      body: { values: { A1: 12, A2: 7 }, revision: 1 },
    });

    // then
    expect(first.status).toBe(200);
    expect(first.body.revision).toBe(1);
    expect(second.body.revision).toBe(2);
    const { body } = await world.api.call('GET', path, {
      caller: bergenReporter,
    });
    expect(body).toMatchObject({
      status: 'draft',
      values: { A1: 12, A2: 7 },
      revision: 2,
      savedBy: bergenReporter.id,
    });
    expect(body.reportId).toEqual(expect.any(String));
  });

  it('refuses a save from a stale revision with 409, keeping the other save', async () => {
    // given: two people opened revision 0, and the first one saved
    const period = await world.newPeriod();
    const path = `${reportPath(period.id, ARNA)}/draft`;
    await world.api.call('PUT', path, {
      caller: bergenReporter,
      body: { values: { A1: 3 }, revision: 0 },
    });

    // when: the second saves from revision 0 too
    const stale = await world.api.call('PUT', path, {
      caller: bergenReporter,
      body: { values: { A1: 99 }, revision: 0 },
    });

    // then
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: ErrorCode.REPORT_REVISION_CONFLICT,
      currentRevision: 1,
      savedBy: bergenReporter.id,
    });
    expect(stale.body.message).toMatch(/Someone else saved the report/);
    const { body } = await world.api.call('GET', reportPath(period.id, ARNA), {
      caller: bergenReporter,
    });
    expect(body.values).toEqual({ A1: 3 });
  });

  it('refuses a malformed value with the Norwegian message of the form, and saves nothing', async () => {
    // given
    const period = await world.newPeriod();

    // when
    const { status, body } = await world.api.call(
      'PUT',
      `${reportPath(period.id, ARNA)}/draft`,
      {
        caller: bergenReporter,
        body: { values: { A1: 2.5, A2: -1 }, revision: 0 },
      },
    );

    // then
    expect(status).toBe(400);
    expect(body.code).toBe(ErrorCode.REPORT_INVALID);
    expect(body.problems).toEqual([
      {
        pointId: 'A1',
        code: 'NOT_A_WHOLE_NUMBER',
        message: 'A1: Oppgi et helt tall, 0 eller større.',
      },
      {
        pointId: 'A2',
        code: 'NEGATIVE',
        message: 'A2: Tallet kan ikke være negativt. Oppgi 0 eller større.',
      },
    ]);
    await expect(reportCount(period.id)).resolves.toBe(0);
  });

  it("refuses a unit's answer to the Statsforvalter's point", async () => {
    const period = await world.newPeriod();

    const { status, body } = await world.api.call(
      'PUT',
      `${reportPath(period.id, ARNA)}/draft`,
      { caller: bergenReporter, body: { values: { U3: 2 }, revision: 0 } },
    );

    expect(status).toBe(400);
    expect(body.problems).toEqual([
      expect.objectContaining({
        pointId: 'U3',
        code: 'FILLED_BY_STATSFORVALTER',
      }),
    ]);
  });

  it('refuses a body that is not a report with 400', async () => {
    const period = await world.newPeriod();

    const { status, body } = await world.api.call(
      'PUT',
      `${reportPath(period.id, ARNA)}/draft`,
      { caller: bergenReporter, body: { values: { A1: { n: 1 } } } },
    );

    expect(status).toBe(400);
    expect(body.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(body.message).toMatch(/^Invalid draft: /);
  });

  it('answers 404 for a kommune whose bydeler report, and for an unknown period', async () => {
    const period = await world.newPeriod();

    const bergen = await world.api.call('GET', reportPath(period.id, '4601'), {
      caller: bergenReporter,
    });
    const noPeriod = await world.api.call('GET', reportPath(999999, ARNA), {
      caller: bergenReporter,
    });

    expect(bergen.status).toBe(404);
    expect(bergen.body.message).toBe(
      'Kommune 4601 does not report itself: each of its bydeler reports',
    );
    expect(noPeriod.status).toBe(404);
    expect(noPeriod.body.code).toBe(ErrorCode.PERIOD_NOT_FOUND);
  });
});
