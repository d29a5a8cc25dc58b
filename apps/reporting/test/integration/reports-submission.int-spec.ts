/**
 * Submitting half-year reports: frozen versions, the workflow command each one sends, idempotency,
 * resubmission after a return, and the changes the Statsforvalter sees.
 * Real: PostgreSQL, Redis (the BullMQ queue is read under the test's prefix), the migrations, the bundled
 * reference data, the whole reporting module. Faked: only the key tokens are signed with. Nothing
 * consumes the workflow queue, so every command sent is still on it.
 */
import { ErrorCode } from '@bvr/contracts';
import { ReportDecisionsService } from '../../src/modules/reports/commands/decisions/report-decisions.service';
import { submission } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import {
  arnaMachine,
  bergenReporter,
  vestlandCaseworker,
} from '../support/test-callers';

const ARNA = '460101';

describe('report submission', () => {
  let world: ReportsWorld;
  const submit = (periodId: number, body: unknown, caller = bergenReporter) =>
    world.api.call('POST', reportPath(periodId, ARNA, '/submit'), {
      caller,
      body,
    });
  const versionCount = async (periodId: number): Promise<number> =>
    Number(
      (
        await world.testDb.dataSource.query(
          `SELECT count(*) AS n FROM reporting.report_version v
             JOIN reporting.report r ON r.id = v.report_id WHERE r.period_id = $1`,
          [periodId],
        )
      )[0].n,
    );
  const decisions = () => world.api.app.get(ReportDecisionsService);

  beforeAll(async () => {
    world = await startReportsWorld('report-submission');
  });

  afterAll(async () => {
    await world?.close();
  });

  it('freezes version 1 and sends exactly one start command with the business key and variables', async () => {
    // given
    const period = await world.newPeriod();

    // when
    const { status, body } = await submit(
      period.id,
      submission({ A1: 10, A2: 8, A3: 4, 'A3.1': 2 }),
    );

    // then
    expect(status).toBe(201);
    expect(body).toMatchObject({
      version: 1,
      status: 'submitted',
      formVersion: 2,
      submittedBy: bergenReporter.id,
      channel: 'form',
      repeated: false,
    });
    const frozen = await world.api.call(
      'GET',
      `/reports/${body.reportId}/versions/1`,
      { caller: vestlandCaseworker },
    );
    expect(frozen.status).toBe(200);
    expect(frozen.body.values).toMatchObject({
      A1: 10,
      A2: 8,
      A3: 4,
      'A3.1': 2,
    });

    const businessKey = `halvarsrapport-${ARNA}-${period.year}-1`;
    const commands = await world.commands.commandsFor(businessKey);
    expect(commands).toEqual([
      {
        jobId: `report-${body.reportId}-v1`,
        payload: {
          command: 'start',
          commandId: `report-${body.reportId}-v1`,
          definitionKey: 'halvarsrapport',
          businessKey,
          requestedBy: bergenReporter.id,
          variables: {
            reportId: body.reportId,
            reportVersion: 1,
            periodId: period.id,
            periodName: period.name,
            reference: `${ARNA} ${period.name}`,
            reportingUnitId: ARNA,
            reportingUnitName: 'Arna',
            responsibleOfficeId: 'sf-vestland',
            responsibleOfficeName: 'Statsforvalteren i Vestland',
            submittedAt: body.submittedAt,
            submittedBy: bergenReporter.id,
            controlDueAt: `${period.year}-08-25T21:59:59.999Z`,
          },
        },
      },
    ]);
    const [row] = await world.testDb.dataSource.query(
      'SELECT command_sent_at FROM reporting.report_version WHERE report_id = $1',
      [body.reportId],
    );
    expect(row.command_sent_at).toBeInstanceOf(Date);
  });

  it('refuses A3.1 above A3 with the message naming both, and freezes nothing', async () => {
    const period = await world.newPeriod();

    const { status, body } = await submit(
      period.id,
      submission({ A1: 10, A2: 8, A3: 4, 'A3.1': 5 }),
    );

    expect(status).toBe(400);
    expect(body.code).toBe(ErrorCode.REPORT_INVALID);
    expect(body.problems).toEqual([
      {
        pointId: 'A3.1',
        code: 'EXCEEDS_PARENT',
        message: 'A3.1 kan ikke være større enn A3 (4).',
      },
    ]);
    await expect(versionCount(period.id)).resolves.toBe(0);
    const report = await world.api.call('GET', reportPath(period.id, ARNA), {
      caller: bergenReporter,
    });
    expect(report.body).toMatchObject({ reportId: null, status: 'draft' });
    await expect(
      world.commands.commandsFor(`halvarsrapport-${ARNA}-${period.year}-1`),
    ).resolves.toEqual([]);
  });

  it('refuses a submission with required points missing, naming each', async () => {
    const period = await world.newPeriod();

    const { status, body } = await submit(period.id, {
      values: { A1: 3 },
      idempotencyKey: 'missing-points-1',
    });

    expect(status).toBe(400);
    expect(body.problems).toContainEqual({
      pointId: 'A2',
      code: 'REQUIRED',
      message: 'Fyll ut A2. Skriv 0 hvis det ikke er noen.',
    });
    await expect(versionCount(period.id)).resolves.toBe(0);
  });

  it('treats the same idempotency key twice as one submission', async () => {
    // given
    const period = await world.newPeriod();
    const body = submission({}, 'double-click-key-1');

    // when: a double click, the second arriving after the first was stored
    const first = await submit(period.id, body);
    const second = await submit(period.id, body);

    // then
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ ...first.body, repeated: true });
    await expect(versionCount(period.id)).resolves.toBe(1);
    await expect(
      world.commands.commandsFor(`halvarsrapport-${ARNA}-${period.year}-1`),
    ).resolves.toHaveLength(1);
  });

  it('refuses a known idempotency key with other values, and keeps what it submitted', async () => {
    const period = await world.newPeriod();
    const first = await submit(period.id, submission({}, 'reused-key-1'));

    const reused = await submit(
      period.id,
      submission({ U3: 1 }, 'reused-key-1'),
    );

    expect(first.status).toBe(201);
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({
      code: 'COMMON.IDEMPOTENCY_KEY_REUSED',
      version: 1,
    });
    await expect(versionCount(period.id)).resolves.toBe(1);
  });

  it('treats the same key pressed twice at once as one submission', async () => {
    const period = await world.newPeriod();
    const body = submission({}, 'double-click-key-2');

    const replies = await Promise.all([
      submit(period.id, body),
      submit(period.id, body),
    ]);

    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 201]);
    await expect(versionCount(period.id)).resolves.toBe(1);
  });

  it('refuses a second submission while the report is with the Statsforvalter', async () => {
    const period = await world.newPeriod();
    await submit(period.id, submission());

    const again = await submit(period.id, submission());
    const save = await world.api.call(
      'PUT',
      reportPath(period.id, ARNA, '/draft'),
      { caller: bergenReporter, body: { values: {}, revision: 1 } },
    );

    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: ErrorCode.REPORT_LOCKED,
      status: 'submitted',
      message:
        'The report is with the Statsforvalter for control; it can change again only if it is returned',
    });
    expect(save.status).toBe(409);
    expect(save.body.code).toBe(ErrorCode.REPORT_LOCKED);
  });

  it('after a return, freezes version 2 and correlates the resubmission with the same business key', async () => {
    // given: submitted, then returned by the Statsforvalter
    const period = await world.newPeriod();
    const first = await submit(period.id, submission({ A1: 10, A2: 8 }));
    await decisions().markReturned(first.body.reportId, 'A2 ser for høyt ut.');
    const returned = await world.api.call('GET', reportPath(period.id, ARNA), {
      caller: bergenReporter,
    });
    expect(returned.body).toMatchObject({
      status: 'returned',
      returnMessage: 'A2 ser for høyt ut.',
      values: { A1: 10, A2: 8 },
    });

    // when: the unit corrects and submits again
    const draft = await world.api.call(
      'PUT',
      reportPath(period.id, ARNA, '/draft'),
      {
        caller: bergenReporter,
        body: { values: { A1: 10, A2: 6 }, revision: returned.body.revision },
      },
    );
    const second = await submit(period.id, submission({ A1: 10, A2: 6 }));

    // then
    expect(draft.status).toBe(200);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      reportId: first.body.reportId,
      version: 2,
      status: 'submitted',
    });
    const businessKey = `halvarsrapport-${ARNA}-${period.year}-1`;
    const commands = await world.commands.commandsFor(businessKey);
    expect(commands.map((c) => c.payload.command)).toEqual([
      'start',
      'correlate',
    ]);
    expect(commands[1]).toEqual({
      jobId: `report-${first.body.reportId}-v2`,
      payload: {
        command: 'correlate',
        commandId: `report-${first.body.reportId}-v2`,
        messageName: 'halvarsrapport-sendt-inn-pa-nytt',
        businessKey,
        requestedBy: bergenReporter.id,
        variables: {
          reportVersion: 2,
          submittedAt: second.body.submittedAt,
          submittedBy: bergenReporter.id,
        },
      },
    });

    // and the Statsforvalter sees what changed
    const changes = await world.api.call(
      'GET',
      `/reports/${first.body.reportId}/changes`,
      { caller: vestlandCaseworker },
    );
    expect(changes.status).toBe(200);
    expect(changes.body).toEqual({
      reportId: first.body.reportId,
      fromVersion: 1,
      toVersion: 2,
      changes: [
        {
          pointId: 'A2',
          label: expect.any(String),
          before: 8,
          after: 6,
        },
      ],
    });
    const v1 = await world.api.call(
      'GET',
      `/reports/${first.body.reportId}/versions/1`,
      { caller: vestlandCaseworker },
    );
    expect(v1.body.values.A2).toBe(8);
  });

  it('shows no changes after a first submission', async () => {
    const period = await world.newPeriod();
    const { body } = await submit(period.id, submission());

    const changes = await world.api.call(
      'GET',
      `/reports/${body.reportId}/changes`,
      {
        caller: bergenReporter,
      },
    );

    expect(changes.body).toEqual({
      reportId: body.reportId,
      fromVersion: null,
      toVersion: 1,
      changes: [],
    });
  });

  it('refuses submitting or saving an approved report with 409', async () => {
    const period = await world.newPeriod();
    const first = await submit(period.id, submission());
    await decisions().markApproved(first.body.reportId);

    const again = await submit(period.id, submission());
    const save = await world.api.call(
      'PUT',
      reportPath(period.id, ARNA, '/draft'),
      { caller: bergenReporter, body: { values: {}, revision: 1 } },
    );

    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: ErrorCode.REPORT_LOCKED,
      message: 'The report is approved; approved reports cannot change',
    });
    expect(save.status).toBe(409);
    await expect(versionCount(period.id)).resolves.toBe(1);
  });

  it('answers 404 for a version that does not exist', async () => {
    const period = await world.newPeriod();
    const { body } = await submit(period.id, submission());

    const missing = await world.api.call(
      'GET',
      `/reports/${body.reportId}/versions/2`,
      {
        caller: bergenReporter,
      },
    );

    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe(ErrorCode.REPORT_NOT_FOUND);
  });

  it("accepts a machine submission for the client's own unit, on the machine channel", async () => {
    const period = await world.newPeriod();

    const { status, body } = await submit(period.id, submission(), arnaMachine);

    expect(status).toBe(201);
    expect(body).toMatchObject({
      version: 1,
      channel: 'machine',
      submittedBy: arnaMachine.id,
    });
    const [command] = await world.commands.commandsFor(
      `halvarsrapport-${ARNA}-${period.year}-1`,
    );
    expect(command.payload).toMatchObject({
      command: 'start',
      requestedBy: arnaMachine.id,
    });
  });

  describe("the Statsforvalter's decisions (called by the workflow's jobs)", () => {
    it('returns only a submitted report, and repeating a decision changes nothing', async () => {
      const period = await world.newPeriod();
      await world.api.call('PUT', reportPath(period.id, ARNA, '/draft'), {
        caller: bergenReporter,
        body: { values: {}, revision: 0 },
      });
      const draft = await world.api.call('GET', reportPath(period.id, ARNA), {
        caller: bergenReporter,
      });

      await expect(
        decisions().markReturned(draft.body.reportId, 'Mangler tall.'),
      ).rejects.toMatchObject({
        code: ErrorCode.REPORT_STATUS_CONFLICT,
        message: `Report ${draft.body.reportId} cannot be returned: it is draft, not submitted`,
      });

      const { body } = await submit(period.id, submission());
      await decisions().markApproved(body.reportId);
      await expect(
        decisions().markApproved(body.reportId),
      ).resolves.toBeUndefined();
      await expect(
        decisions().markReturned(body.reportId, 'For sent.'),
      ).rejects.toMatchObject({ code: ErrorCode.REPORT_STATUS_CONFLICT });
    });

    it('refuses an unknown report and an empty or too long message', async () => {
      const period = await world.newPeriod();
      const { body } = await submit(period.id, submission());

      await expect(
        decisions().markApproved('00000000-0000-4000-8000-000000000000'),
      ).rejects.toMatchObject({ code: ErrorCode.REPORT_NOT_FOUND });
      await expect(
        decisions().markReturned(body.reportId, ' '),
      ).rejects.toThrow(RangeError);
      await expect(
        decisions().markReturned(body.reportId, 'x'.repeat(4001)),
      ).rejects.toThrow(RangeError);
      await expect(
        decisions().markReturned(body.reportId, 'x'.repeat(4000)),
      ).resolves.toBeUndefined();
    });
  });
});
