/**
 * A case system (fagsystem) reports by machine through the same endpoints and rules as a person: its
 * token is scoped to its kommune (which covers the kommune's bydeler), never to another.
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
import type { TestCaller } from '../support/test-callers';

const ARNA = '460101';
const KINN = '4602';

/** The case system of Bergen kommune, as identity issues its token (`machine-reporter@unit:4601`). */
const bergenCaseSystem: TestCaller = {
  id: 'client:fagsystem-bergen',
  kind: 'machine',
  grants: ['machine-reporter@unit:4601'],
};

describe('machine submission', () => {
  let world: ReportsWorld;
  let period: { id: number; year: number; name: string };
  const as = (
    caller: TestCaller,
    method: string,
    path: string,
    body?: unknown,
  ) => world.api.call(method, path, { caller, body });

  beforeAll(async () => {
    world = await startReportsWorld('machine-submission');
    period = await world.newPeriod();
  });

  afterAll(async () => {
    await world?.close();
  });

  it("saves a draft and submits a bydel's report, and starts the control as a person's submission does", async () => {
    // when
    const draft = await as(
      bergenCaseSystem,
      'PUT',
      reportPath(period.id, ARNA, '/draft'),
      {
        values: { A1: 10 },
        revision: 0,
      },
    );
    const submitted = await as(
      bergenCaseSystem,
      'POST',
      reportPath(period.id, ARNA, '/submit'),
      submission({ A1: 10, A2: 8, A3: 4, 'A3.1': 2 }),
    );

    // then
    expect(draft.status).toBe(200);
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      version: 1,
      status: 'submitted',
      channel: 'machine',
      submittedBy: bergenCaseSystem.id,
    });
    const commands = await world.commands.commandsFor(
      `halvarsrapport-${ARNA}-${period.year}-1`,
    );
    expect(commands).toEqual([
      {
        jobId: `report-${submitted.body.reportId}-v1`,
        payload: expect.objectContaining({
          command: 'start',
          definitionKey: 'halvarsrapport',
          requestedBy: bergenCaseSystem.id,
          variables: expect.objectContaining({
            reportId: submitted.body.reportId,
            reportingUnitId: ARNA,
            responsibleOfficeId: 'sf-vestland',
            submittedBy: bergenCaseSystem.id,
            submittedAt: submitted.body.submittedAt,
          }),
        }),
      },
    ]);
  });

  it('is refused with the problems when a rule fails, and nothing is frozen', async () => {
    const period2 = await world.newPeriod();
    const reply = await as(
      bergenCaseSystem,
      'POST',
      reportPath(period2.id, ARNA, '/submit'),
      submission({ A3: 2, 'A3.1': 5 }),
    );

    // The service answers 400 (REPORT_INVALID) for a rule failure, for the form and machines alike.
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe(ErrorCode.REPORT_INVALID);
    expect(reply.body.problems).toContainEqual(
      expect.objectContaining({ pointId: 'A3.1' }),
    );
    const { body } = await as(
      bergenCaseSystem,
      'GET',
      reportPath(period2.id, ARNA),
    );
    expect(body.latestVersion).toBeNull();
  });

  it("is refused another kommune's report with 403", async () => {
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['PUT', '/draft', { values: { A1: 1 }, revision: 0 }],
      ['POST', '/submit', submission()],
    ] as const) {
      const reply = await as(
        bergenCaseSystem,
        method,
        reportPath(period.id, KINN, suffix),
        body,
      );
      expect(reply.status).toBe(403);
      expect(reply.body.code).toBe(ErrorCode.FORBIDDEN);
    }
  });

  it('follows the period rules: not before the period opens', async () => {
    const later = await world.newPeriod();
    world.clock.set(new Date(`${later.year}-06-30T12:00:00Z`));

    const reply = await as(
      bergenCaseSystem,
      'POST',
      reportPath(later.id, ARNA, '/submit'),
      submission(),
    );

    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({
      code: ErrorCode.PERIOD_NOT_OPEN,
      opensOn: `${later.year}-07-01`,
    });
  });
});
