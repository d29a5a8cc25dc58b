import { externalTaskQueue, workflowCommand } from '@bvr/contracts';
import { DataSource } from 'typeorm';
import type { UnitInfo } from '../../src/modules/access-applications/domain/access-application';
import { UnitReference } from '../../src/modules/access-applications/reference-data/unit-reference';
import { ReferenceDataUnavailableError } from '../../src/modules/access-applications/domain/access-application.errors';
import { DirectoryFactory, TestUser } from '../support/directory-factory';
import {
  type Caller,
  IdentityTestApp,
  startIdentityApp,
} from '../support/identity-test-app';
import { TaskQueues } from '../support/task-queues';

const UNITS: Record<string, UnitInfo> = {
  '4601': {
    unitId: '4601',
    unitName: 'Bergen',
    officeId: 'sf-vestland',
    officeName: 'Statsforvalteren i Vestland',
    countyId: '46',
  },
  '1103': {
    unitId: '1103',
    unitName: 'Stavanger',
    officeId: 'sf-rogaland',
    officeName: 'Statsforvalteren i Rogaland',
    countyId: '11',
  },
};

/** The reference data, faked: two kommuner, and a switch to make it unavailable. */
class FakeUnitReference extends UnitReference {
  down = false;
  async find(unitId: string) {
    if (this.down)
      throw new ReferenceDataUnavailableError('reference data unavailable');
    return UNITS[unitId] ?? null;
  }
}

/**
 * Real: identity in-process with its PostgreSQL database, Redis and BullMQ. Faked: the reference
 * data (reporting) and the workflow (this test reads its start commands and produces its task jobs).
 */
describe('applying for access to Utrapportering', () => {
  let identity: IdentityTestApp;
  let directory: DirectoryFactory;
  let tasks: TaskQueues;
  const units = new FakeUnitReference();
  const received = externalTaskQueue(
    'identity.notify-access-application-received',
  );
  const decide = externalTaskQueue('identity.record-access-decision');
  const decided = externalTaskQueue('identity.notify-access-decision');
  let vestlandCaseworker: TestUser;
  let bufdirUser: TestUser;

  beforeAll(async () => {
    identity = await startIdentityApp('access-applications', {
      unitReference: units,
    });
    directory = new DirectoryFactory(identity.app.get(DataSource));
    tasks = await TaskQueues.open(identity.prefix, [
      received,
      decide,
      decided,
      workflowCommand,
    ]);
    vestlandCaseworker = await directory.user({ email: 'per@sfvl.no' });
    await directory.grant(vestlandCaseworker, 'statsforvalter-caseworker', {
      type: 'office',
      id: 'sf-vestland',
    });
    bufdirUser = await directory.user({ email: 'sara@bufdir.no' });
    await directory.grant(bufdirUser, 'bufdir', { type: 'national' });
  });

  afterAll(async () => {
    await tasks?.close();
    await identity?.close();
  });

  beforeEach(() => (units.down = false));

  async function applicant(
    options: { registered?: boolean } = {},
  ): Promise<{ user: TestUser; as: Caller }> {
    const user = await directory.user(options);
    return { user, as: { id: user.id, grants: [] } };
  }

  async function startCommandOf(applicationId: string) {
    const jobs = await tasks.queue(workflowCommand).getJobs(['waiting']);
    return jobs
      .map((job) => job.data.payload)
      .find((payload) => payload.variables?.applicationId === applicationId);
  }

  async function grantsOf(userId: string) {
    return identity.app.get(DataSource).query(
      `SELECT g.role, g.scope_type, g.scope_id, a.actor_id, a.reason FROM identity.role_grant g
       JOIN identity.role_audit a ON a.grant_id = g.id WHERE g.user_id = $1 AND g.revoked_at IS NULL`,
      [userId],
    );
  }

  it('sends a kommune employee’s application to the Statsforvalter office of the unit and starts its process', async () => {
    // given
    const { user, as } = await applicant();

    // when
    const response = await identity.call('POST', '/access-applications', {
      as,
      body: { kind: 'unit', unitId: '4601' },
    });

    // then
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'unit',
      represents: 'Bergen',
      approver: 'Statsforvalteren i Vestland',
      status: 'pending',
    });
    await expect(startCommandOf(response.body.id)).resolves.toMatchObject({
      command: 'start',
      definitionKey: 'tilgangssoknad',
      requestedBy: user.id,
      variables: {
        applicationId: response.body.id,
        applicantName: 'Test Person',
        approverGroup: 'statsforvalter:sf-vestland',
        reportingUnitId: '4601',
        reportingUnitName: 'Bergen',
        responsibleOfficeId: 'sf-vestland',
      },
    });
    const mine = await identity.call('GET', '/access-applications/mine', {
      as,
    });
    expect(mine.body).toEqual([
      expect.objectContaining({ id: response.body.id }),
    ]);
  });

  it('refuses a second application while one is pending, and lists nobody else’s', async () => {
    const { as } = await applicant();
    await identity.call('POST', '/access-applications', {
      as,
      body: { kind: 'unit', unitId: '4601' },
    });

    const second = await identity.call('POST', '/access-applications', {
      as,
      body: { kind: 'external', organisation: 'Universitetet i Bergen' },
    });

    expect(second.status).toBe(409);
    expect(second.body.code).toBe('IDENTITY.ACCESS_APPLICATION_PENDING');
    const other = await applicant();
    const theirs = await identity.call('GET', '/access-applications/mine', {
      as: other.as,
    });
    expect(theirs.body).toEqual([]);
  });

  it('routes a Statsforvalter employee by the kommune they pick, for their county', async () => {
    const { as } = await applicant();

    const response = await identity.call('POST', '/access-applications', {
      as,
      body: { kind: 'statsforvalter', unitId: '1103' },
    });

    expect(response.body).toMatchObject({
      represents: 'Statsforvalteren i Rogaland',
      approver: 'Statsforvalteren i Rogaland',
    });
    await expect(startCommandOf(response.body.id)).resolves.toMatchObject({
      variables: { approverGroup: 'statsforvalter:sf-rogaland' },
    });
  });

  it('sends an external applicant to Bufdir, and e-mails Bufdir', async () => {
    const { as } = await applicant();
    const response = await identity.call('POST', '/access-applications', {
      as,
      body: { kind: 'external', organisation: 'NTNU Samfunnsforskning' },
    });
    expect(response.body).toMatchObject({ approver: 'Bufdir' });
    await expect(startCommandOf(response.body.id)).resolves.toMatchObject({
      variables: {
        approverGroup: 'bufdir',
        reportingUnitName: 'NTNU Samfunnsforskning',
        responsibleOfficeId: null,
      },
    });

    // when: the process asks for the approvers to be told
    const payload = tasks.payload(received.queue, {
      applicationId: response.body.id,
    });
    await tasks.run(received, payload);

    // then
    await expect(tasks.emailsFor(payload.jobId)).resolves.toEqual([
      {
        idempotencyKey: `${payload.jobId}:${bufdirUser.id}`,
        template: 'access-application-received',
        to: ['sara@bufdir.no'],
        params: {
          applicantName: 'Test Person',
          represents: 'NTNU Samfunnsforskning',
          path: '/oppgaver',
        },
      },
    ]);
  });

  it('records Ja once: the reader grant, audited with who decided, and e-mails the applicant', async () => {
    // given
    const { user, as } = await applicant();
    const application = (
      await identity.call('POST', '/access-applications', {
        as,
        body: { kind: 'unit', unitId: '4601' },
      })
    ).body;
    const notify = tasks.payload(received.queue, {
      applicationId: application.id,
    });
    await tasks.run(received, notify);
    expect(await tasks.emailsFor(notify.jobId)).toEqual([
      expect.objectContaining({ to: ['per@sfvl.no'] }),
    ]);

    // when: the decision task runs, twice (a redelivery)
    const decision = tasks.payload(decide.queue, {
      applicationId: application.id,
      approved: true,
      completedBy: vestlandCaseworker.id,
    });
    await tasks.run(decide, decision);
    await tasks.run(decide, { ...decision, attempt: 2 });

    // then
    await expect(grantsOf(user.id)).resolves.toEqual([
      {
        role: 'publication-reader',
        scope_type: 'unit',
        scope_id: '4601',
        actor_id: vestlandCaseworker.id,
        reason: `Tilgangssøknad ${application.id} godkjent`,
      },
    ]);
    const mine = await identity.call('GET', '/access-applications/mine', {
      as,
    });
    expect(mine.body[0]).toMatchObject({ status: 'approved' });
    const told = tasks.payload(decided.queue, {
      applicationId: application.id,
    });
    await tasks.run(decided, told);
    await expect(tasks.emailsFor(told.jobId)).resolves.toEqual([
      expect.objectContaining({
        to: [user.email],
        template: 'access-decision',
        params: {
          approved: 'ja',
          represents: 'Bergen',
          path: '/utrapportering',
        },
      }),
    ]);

    // and a reader does not apply again
    const again = await identity.call('POST', '/access-applications', {
      as: { id: user.id, grants: ['publication-reader@unit:4601'] },
      body: { kind: 'unit', unitId: '4601' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('IDENTITY.ALREADY_HAS_ACCESS');
  });

  it('records Nei without a grant, tells the applicant, and lets them apply again', async () => {
    const { user, as } = await applicant();
    const application = (
      await identity.call('POST', '/access-applications', {
        as,
        body: { kind: 'unit', unitId: '1103' },
      })
    ).body;

    await tasks.run(
      decide,
      tasks.payload(decide.queue, {
        applicationId: application.id,
        approved: false,
        completedBy: vestlandCaseworker.id,
      }),
    );
    const told = tasks.payload(decided.queue, {
      applicationId: application.id,
    });
    await tasks.run(decided, told);

    await expect(grantsOf(user.id)).resolves.toEqual([]);
    await expect(tasks.emailsFor(told.jobId)).resolves.toEqual([
      expect.objectContaining({
        params: expect.objectContaining({ approved: 'nei' }),
      }),
    ]);
    const again = await identity.call('POST', '/access-applications', {
      as,
      body: { kind: 'unit', unitId: '1103' },
    });
    expect(again.status).toBe(201);
  });

  it.each([
    [
      { kind: 'kommune', unitId: '4601' },
      400,
      'kind is unit, statsforvalter or external',
    ],
    [
      { kind: 'unit', unitId: '46' },
      400,
      'unitId is a kommune (4 digits) or bydel (6 digits)',
    ],
    [
      { kind: 'statsforvalter', unitId: '030101' },
      400,
      'unitId is one of the kommuner of your county',
    ],
    [
      { kind: 'external', organisation: ' ' },
      400,
      'organisation: name the organisation you represent',
    ],
    [
      { kind: 'unit', unitId: '9999' },
      404,
      'There is no kommune or bydel with number 9999',
    ],
  ])(
    'refuses %j with %i and says why, storing nothing',
    async (body, status, message) => {
      const { as } = await applicant();

      const response = await identity.call('POST', '/access-applications', {
        as,
        body,
      });

      expect(response.status).toBe(status);
      expect(response.body.message).toContain(message);
      const mine = await identity.call('GET', '/access-applications/mine', {
        as,
      });
      expect(mine.body).toEqual([]);
    },
  );

  it('refuses someone not registered yet, and answers 503 while the reference data is away', async () => {
    const unregistered = await applicant({ registered: false });
    const notRegistered = await identity.call('POST', '/access-applications', {
      as: unregistered.as,
      body: { kind: 'unit', unitId: '4601' },
    });
    expect(notRegistered.status).toBe(409);
    expect(notRegistered.body.code).toBe('IDENTITY.NOT_REGISTERED');

    units.down = true;
    const { as } = await applicant();
    const down = await identity.call('POST', '/access-applications', {
      as,
      body: { kind: 'unit', unitId: '4601' },
    });
    expect(down.status).toBe(503);
  });

  it('needs a logged-in user: no token is a 401', async () => {
    const anonymous = await identity.call('POST', '/access-applications', {
      as: null,
      body: { kind: 'unit', unitId: '4601' },
    });
    expect(anonymous.status).toBe(401);
    const mineAnonymous = await identity.call(
      'GET',
      '/access-applications/mine',
      {
        as: null,
      },
    );
    expect(mineAnonymous.status).toBe(401);
  });
});
