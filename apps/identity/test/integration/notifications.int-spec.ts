import {
  ExternalTaskPayload,
  externalTaskQueue,
  notifyAudience,
} from '@bvr/contracts';
import { enqueue } from '@bvr/service-kit';
import { Job } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DirectoryFactory, TestUser } from '../support/directory-factory';
import { TaskQueues } from '../support/task-queues';
import {
  bergenReporter,
  IdentityTestApp,
  platformAdmin,
  startIdentityApp,
} from '../support/identity-test-app';

/**
 * Real: identity in-process, its PostgreSQL database with migrations, Redis and BullMQ. Faked: the
 * workflow (this test produces the external task jobs) and notification (e-mail jobs are only read).
 */
describe('e-mail notifications for the half-year report', () => {
  let identity: IdentityTestApp;
  let directory: DirectoryFactory;
  let tasks: TaskQueues;
  const received = externalTaskQueue('identity.notify-report-received');
  const returned = externalTaskQueue('identity.notify-report-returned');
  let kari: TestUser;
  let lise: TestUser;

  beforeAll(async () => {
    identity = await startIdentityApp('notifications');
    directory = new DirectoryFactory(identity.app.get(DataSource));
    tasks = await TaskQueues.open(identity.prefix, [
      received,
      returned,
      notifyAudience,
    ]);
    // given: sf-vestland has one caseworker who can receive e-mail, and three who cannot
    kari = await directory.user({ email: 'kari@statsforvalteren.no' });
    await directory.grant(kari, 'statsforvalter-caseworker', {
      type: 'office',
      id: 'sf-vestland',
    });
    const revoked = await directory.user();
    await directory.grant(
      revoked,
      'statsforvalter-caseworker',
      { type: 'office', id: 'sf-vestland' },
      { revoked: true },
    );
    const unregistered = await directory.user({ registered: false });
    await directory.grant(unregistered, 'statsforvalter-caseworker', {
      type: 'office',
      id: 'sf-vestland',
    });
    const otherOffice = await directory.user();
    await directory.grant(otherOffice, 'statsforvalter-caseworker', {
      type: 'office',
      id: 'sf-rogaland',
    });
    // and Bergen (4601) one reporter
    lise = await directory.user({ email: 'lise@bergen.kommune.no' });
    await directory.grant(lise, 'unit-reporter', { type: 'unit', id: '4601' });
  });

  afterAll(async () => {
    await tasks?.close();
    await identity?.close();
  });

  const taskPayload = (topic: string, variables: Record<string, unknown>) =>
    tasks.payload(topic, variables);
  const runTask = (contract: typeof received, payload: ExternalTaskPayload) =>
    tasks.run(contract, payload);
  const emailsFor = (jobKey: string) => tasks.emailsFor(jobKey);
  const resultOf = (jobId: string) => tasks.resultOf(jobId);

  const reportVariables = {
    reportId: randomUUID(),
    periodId: 7,
    periodName: '1. halvår 2026',
    reportingUnitId: '4601',
    reportingUnitName: 'Bergen',
  };

  it('e-mails each registered caseworker of the office with a live grant, once, and completes the task', async () => {
    // when
    const payload = taskPayload(received.queue, {
      ...reportVariables,
      responsibleOfficeId: 'sf-vestland',
      reportVersion: 2,
    });
    await runTask(received, payload);

    // then
    await expect(emailsFor(payload.jobId)).resolves.toEqual([
      {
        idempotencyKey: `${payload.jobId}:${kari.id}`,
        template: 'report-received',
        to: ['kari@statsforvalteren.no'],
        params: {
          unitName: 'Bergen',
          periodName: '1. halvår 2026',
          resubmitted: 'ja',
          path: '/oppgaver',
        },
      },
    ]);
    await expect(resultOf(payload.jobId)).resolves.toEqual([
      { jobId: payload.jobId, outcome: 'completed', variables: {} },
    ]);
  });

  it('does not e-mail twice when the task is delivered again', async () => {
    const payload = taskPayload(received.queue, {
      ...reportVariables,
      responsibleOfficeId: 'sf-vestland',
      reportVersion: 1,
    });
    await runTask(received, payload);

    // when: the workflow retries the same job (a new attempt, the same job id)
    await runTask(received, { ...payload, attempt: 2 });

    // then
    await expect(emailsFor(payload.jobId)).resolves.toHaveLength(1);
  });

  it('e-mails the person who submitted a returned report, with the message and the link', async () => {
    const payload = taskPayload(returned.queue, {
      ...reportVariables,
      submittedBy: lise.id,
      returnMessage: 'Tallene for fosterhjem mangler.',
    });

    await runTask(returned, payload);

    await expect(emailsFor(payload.jobId)).resolves.toEqual([
      {
        idempotencyKey: `${payload.jobId}:${lise.id}`,
        template: 'report-returned',
        to: ['lise@bergen.kommune.no'],
        params: {
          unitName: 'Bergen',
          periodName: '1. halvår 2026',
          message: 'Tallene for fosterhjem mangler.',
          path: '/rapportering/7/4601',
        },
      },
    ]);
  });

  it("e-mails the unit's reporters when a machine client submitted the returned report", async () => {
    const payload = taskPayload(returned.queue, {
      ...reportVariables,
      submittedBy: `client:${randomUUID()}`,
      returnMessage: 'Feil i tallene.',
    });

    await runTask(returned, payload);

    const emails = await emailsFor(payload.jobId);
    expect(emails.map((email) => email.to)).toEqual([
      ['lise@bergen.kommune.no'],
    ]);
  });

  it('records a notification nobody can receive, once, and lets the process go on', async () => {
    // given: no registered caseworker in sf-nordland
    const payload = taskPayload(received.queue, {
      ...reportVariables,
      responsibleOfficeId: 'sf-nordland',
      reportVersion: 1,
    });

    // when
    await runTask(received, payload);
    await runTask(received, { ...payload, attempt: 2 });

    // then
    await expect(emailsFor(payload.jobId)).resolves.toEqual([]);
    await expect(resultOf(payload.jobId)).resolves.toContainEqual({
      jobId: payload.jobId,
      outcome: 'completed',
      variables: {},
    });
    const list = await identity.call(
      'GET',
      '/notifications/undeliverable?pageSize=10',
    );
    expect(list.status).toBe(200);
    const rows = list.body.items.filter(
      (item: { audience: { officeId?: string } }) =>
        item.audience.officeId === 'sf-nordland',
    );
    expect(rows).toEqual([
      expect.objectContaining({
        template: 'report-received',
        audience: { kind: 'office', officeId: 'sf-nordland' },
        reason:
          'no registered caseworker with an e-mail address for office sf-nordland',
      }),
    ]);
  });

  it('fails at once, telling the workflow, when the process variables are wrong', async () => {
    const payload = taskPayload(received.queue, {
      ...reportVariables,
      reportVersion: 1,
    });

    await expect(runTask(received, payload)).rejects.toThrow(
      /responsibleOfficeId/,
    );

    const failed = await Job.fromId(
      tasks.queue(received),
      `${payload.jobId}.1`,
    );
    expect(failed?.attemptsMade).toBe(1);
    await expect(resultOf(payload.jobId)).resolves.toEqual([
      expect.objectContaining({ jobId: payload.jobId, outcome: 'failed' }),
    ]);
  });

  it('notifies an audience asked for on the identity.notify queue', async () => {
    const job = await enqueue(
      tasks.queue(notifyAudience),
      notifyAudience,
      {
        idempotencyKey: 'frist-4601-2026-1',
        audience: { kind: 'unit', unitId: '4601' },
        template: 'deadline-reminder',
        params: {
          unitName: 'Bergen',
          periodName: '1. halvår 2026',
          deadline: '2026-08-15',
          path: '/rapportering',
        },
      },
      { jobId: 'frist-4601-2026-1' },
    );

    await expect(
      job.waitUntilFinished(tasks.eventsOf(notifyAudience), 15000),
    ).resolves.toEqual({
      status: 'sent',
      recipients: 1,
    });
    const emails = await emailsFor('frist-4601-2026-1');
    expect(emails.map((email) => [email.idempotencyKey, email.to])).toEqual([
      [`frist-4601-2026-1:${lise.id}`, ['lise@bergen.kommune.no']],
    ]);
  });

  it("e-mails a bydel's reporters and the kommune's, each once, and not another bydel's", async () => {
    // given
    const osloReporter = await directory.user({ email: 'ola@oslo.kommune.no' });
    await directory.grant(osloReporter, 'unit-reporter', {
      type: 'unit',
      id: '0301',
    });
    await directory.grant(osloReporter, 'unit-reporter', {
      type: 'unit',
      id: '030101',
    });
    const otherBydel = await directory.user({
      email: 'per@bydel-sagene.oslo.kommune.no',
    });
    await directory.grant(otherBydel, 'unit-reporter', {
      type: 'unit',
      id: '030103',
    });

    // when
    const job = await enqueue(
      tasks.queue(notifyAudience),
      notifyAudience,
      {
        idempotencyKey: 'frist-030101-2026-1',
        audience: { kind: 'unit', unitId: '030101' },
        template: 'deadline-reminder',
        params: {
          unitName: 'Gamle Oslo',
          periodName: '1. halvår 2026',
          deadline: '2026-08-15',
          path: '/rapportering',
        },
      },
      { jobId: 'frist-030101-2026-1' },
    );
    await job.waitUntilFinished(tasks.eventsOf(notifyAudience), 15000);

    // then
    const emails = await emailsFor('frist-030101-2026-1');
    expect(emails.map((email) => email.to)).toEqual([['ola@oslo.kommune.no']]);
  });

  it('shows undeliverable notifications to platform admins only', async () => {
    const caseworker = {
      id: 'cw-1',
      grants: ['statsforvalter-caseworker@office:sf-vestland'],
    };
    const path = '/notifications/undeliverable';
    expect(
      (await identity.call('GET', path, { as: platformAdmin })).status,
    ).toBe(200);
    expect((await identity.call('GET', path, { as: caseworker })).status).toBe(
      403,
    );
    expect(
      (await identity.call('GET', path, { as: bergenReporter })).status,
    ).toBe(403);
    expect((await identity.call('GET', path, { as: null })).status).toBe(401);
  });
});
