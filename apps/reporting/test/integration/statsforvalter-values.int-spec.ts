/**
 * The Statsforvalter's own point (U3) during control: who may save it, when, and by which rules.
 * Real: PostgreSQL, Redis, the migrations, the bundled reference data (Arna 460101 is controlled by
 * sf-vestland), the whole reporting module with its auth guard. Faked: only the key tokens are signed with.
 */
import { ErrorCode } from '@bvr/contracts';
import { ReportDecisionsService } from '../../src/modules/reports/commands/decisions/report-decisions.service';
import { submission } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import type { TestCaller } from '../support/test-callers';
import {
  bergenReporter,
  bufdir,
  osloVikenCaseworker,
  vestlandCaseworker,
} from '../support/test-callers';

const ARNA = '460101';

describe("the Statsforvalter's values", () => {
  let world: ReportsWorld;
  const path = (reportId: string) =>
    `/reports/${reportId}/statsforvalter-values`;
  const put = (reportId: string, body: unknown, caller: TestCaller | null) =>
    world.api.call('PUT', path(reportId), { caller, body });

  /** A report of Arna submitted with U1 = 20 and U2 = 5, awaiting control. */
  async function submitted(): Promise<string> {
    const period = await world.newPeriod();
    const { status, body } = await world.api.call(
      'POST',
      reportPath(period.id, ARNA, '/submit'),
      { caller: bergenReporter, body: submission({ U1: 20, U2: 5 }) },
    );
    if (status !== 201) throw new Error(JSON.stringify(body));
    return body.reportId;
  }

  beforeAll(async () => {
    world = await startReportsWorld('statsforvalter-values');
  });

  afterAll(async () => {
    await world?.close();
  });

  it('lets a caseworker of the controlling office save U3, and anyone who reads the report read it', async () => {
    // given
    const reportId = await submitted();

    // when
    const saved = await put(
      reportId,
      { values: { U3: 3 } },
      vestlandCaseworker,
    );

    // then
    expect(saved).toMatchObject({
      status: 200,
      body: {
        reportId,
        values: { U3: 3 },
        reportVersion: 1,
        formVersion: 2,
        savedBy: vestlandCaseworker.id,
      },
    });
    await expect(
      world.api.call('GET', path(reportId), { caller: bergenReporter }),
    ).resolves.toMatchObject({ status: 200, body: { values: { U3: 3 } } });
  });

  it('does not show the values to a caseworker of another office', async () => {
    const reportId = await submitted();
    await expect(
      world.api.call('GET', path(reportId), { caller: osloVikenCaseworker }),
    ).resolves.toMatchObject({
      status: 403,
      body: { code: ErrorCode.FORBIDDEN },
    });
  });

  it('replaces the earlier answer on a second save', async () => {
    // given
    const reportId = await submitted();
    await put(reportId, { values: { U3: 3 } }, vestlandCaseworker);

    // when
    await put(reportId, { values: { U3: null } }, vestlandCaseworker);

    // then
    await expect(
      world.api.call('GET', path(reportId), { caller: vestlandCaseworker }),
    ).resolves.toMatchObject({ status: 200, body: { values: { U3: null } } });
  });

  it.each([
    ['a caseworker of another office', osloVikenCaseworker, 403],
    ['a reporter of the unit', bergenReporter, 403],
    ['Bufdir', bufdir, 403],
    ['a caller without a token', null, 401],
  ])('refuses %s', async (_who, caller, status) => {
    // given
    const reportId = await submitted();

    // when
    const reply = await put(reportId, { values: { U3: 1 } }, caller);

    // then
    expect(reply.status).toBe(status);
    await expect(
      world.api.call('GET', path(reportId), { caller: vestlandCaseworker }),
    ).resolves.toMatchObject({ body: { values: {} } });
  });

  it('refuses a value the form rules reject, naming the point', async () => {
    // given
    const reportId = await submitted();

    // when
    const reply = await put(
      reportId,
      { values: { U3: 6 } },
      vestlandCaseworker,
    );

    // then
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      code: ErrorCode.REPORT_INVALID,
      problems: [{ pointId: 'U3', code: 'EXCEEDS_PARENT' }],
    });
    expect(reply.body.problems[0].message).toContain('U2');
  });

  it("refuses the unit's points", async () => {
    // given
    const reportId = await submitted();

    // when
    const reply = await put(
      reportId,
      { values: { U2: 1 } },
      vestlandCaseworker,
    );

    // then
    expect(reply).toMatchObject({
      status: 400,
      body: {
        code: ErrorCode.REPORT_INVALID,
        problems: [{ pointId: 'U2', code: 'NOT_FILLED_BY_STATSFORVALTER' }],
      },
    });
  });

  it('refuses a body that is not values', async () => {
    const reportId = await submitted();
    await expect(
      put(reportId, { U3: 1 }, vestlandCaseworker),
    ).resolves.toMatchObject({
      status: 400,
      body: { code: ErrorCode.VALIDATION_FAILED },
    });
  });

  it('refuses once the report no longer awaits control', async () => {
    // given
    const reportId = await submitted();
    await world.api.app
      .get(ReportDecisionsService)
      .markReturned(reportId, 'Rett U2.');

    // when
    const reply = await put(
      reportId,
      { values: { U3: 1 } },
      vestlandCaseworker,
    );

    // then
    expect(reply).toMatchObject({
      status: 409,
      body: {
        code: ErrorCode.REPORT_STATUS_CONFLICT,
        status: 'returned',
      },
    });
  });

  it('answers 404 for a report that does not exist', async () => {
    await expect(
      put(
        '00000000-0000-4000-8000-000000000000',
        { values: { U3: 1 } },
        vestlandCaseworker,
      ),
    ).resolves.toMatchObject({
      status: 404,
      body: { code: ErrorCode.REPORT_NOT_FOUND },
    });
  });
});
