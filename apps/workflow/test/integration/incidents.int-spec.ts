import { externalTaskQueue, externalTaskResult } from '@bvr/contracts';
import { ExternalTaskWorker, redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { Queue, Worker } from 'bullmq';
import {
  ExternalTaskConsumer,
  eventually,
} from '../support/external-task-consumer';
import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import {
  createWorkflowWorld,
  vestland,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

describe('incidents', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  let forward: ExternalTaskConsumer;
  let failNext = true;

  beforeAll(async () => {
    world = await createWorkflowWorld('incidents');
    api = await world.start();
    forward = new ExternalTaskConsumer(
      'reporting.forward-report',
      world.prefix,
      async (payload) => {
        const fail = failNext;
        failNext = false;
        await world.answer(
          fail
            ? {
                jobId: payload.jobId,
                outcome: 'failed',
                error: 'Bufdir svarte 503 etter 5 forsøk',
              }
            : {
                jobId: payload.jobId,
                outcome: 'completed',
                variables: { forwardedAt: '2026-08-20' },
              },
        );
      },
    );
  });
  afterAll(async () => {
    await forward.close();
    await world.close();
  });

  it('raises an incident when the handler gives up, and an admin retry finishes the instance', async () => {
    // given a report approved for forwarding, whose first forward fails for good
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    const instanceId = started.body.id;
    await api.call('POST', `/tasks/${started.body.tasks[0].id}/complete`, {
      principal: vestland,
      body: { idempotencyKey: 'ja-click-001', variables: { approved: true } },
    });

    // then the incident is visible with the error, and the instance waits at the forward task
    const [incident] = await eventually(async () => {
      const open = (await api.call('GET', '/incidents')).body;
      return open.length ? open : null;
    });
    expect(incident).toMatchObject({
      instanceId,
      elementId: 'Task_videresend',
      topic: 'reporting.forward-report',
      error: 'Bufdir svarte 503 etter 5 forsøk',
      resolvedAt: null,
    });
    const waiting = (await api.call('GET', `/process-instances/${instanceId}`))
      .body;
    expect(waiting).toMatchObject({
      status: 'running',
      openIncidents: 1,
      currentActivities: [expect.objectContaining({ id: 'Task_videresend' })],
    });
    expect(
      (await api.call('GET', '/process-instances?withIncidents=true')).body
        .total,
    ).toBe(1);

    // when an admin retries it
    expect(
      (
        await api.call('POST', `/incidents/${incident.id}/retry`, {
          principal: vestland,
        })
      ).status,
    ).toBe(403);
    const retried = await api.call('POST', `/incidents/${incident.id}/retry`);
    expect(retried.status).toBe(200);

    // then the handler gets attempt 2 of the same job, and the instance completes
    await forward.waitForDeliveries(2);
    expect(
      forward.deliveries.map((delivery) => [delivery.jobId, delivery.attempt]),
    ).toEqual([
      [forward.deliveries[0].jobId, 1],
      [forward.deliveries[0].jobId, 2],
    ]);
    const done = await eventually(async () => {
      const instance = (
        await api.call('GET', `/process-instances/${instanceId}`)
      ).body;
      return instance.status === 'completed' ? instance : null;
    });
    expect(done).toMatchObject({
      openIncidents: 0,
      variables: expect.objectContaining({ forwardedAt: '2026-08-20' }),
    });
    expect((await api.call('GET', '/incidents')).body).toEqual([]);
    expect(
      (await api.call('POST', `/incidents/${incident.id}/retry`)).status,
    ).toBe(409);
  });

  it('ignores a second delivery of the same result', async () => {
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    await api.call('POST', `/tasks/${started.body.tasks[0].id}/complete`, {
      principal: vestland,
      body: { idempotencyKey: 'ja-click-002', variables: { approved: true } },
    });
    await forward.waitForDeliveries(3);
    const jobId = forward.deliveries[2].jobId;
    await eventually(
      async () =>
        (await api.call('GET', `/process-instances/${started.body.id}`)).body
          .status === 'completed',
    );
    await world.answer({ jobId, outcome: 'completed', variables: {} });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const history = (
      await api.call('GET', `/process-instances/${started.body.id}`)
    ).body.history;
    expect(
      history.filter(
        (event: { type: string; elementId: string }) =>
          event.type === 'job.completed' &&
          event.elementId === 'Task_videresend',
      ),
    ).toHaveLength(1);
  });
});

/** A handler built on ExternalTaskWorker that never succeeds: its retries run out, then an incident. */
describe('an external task whose retries run out', () => {
  class FailingReturnHandler extends ExternalTaskWorker {
    protected readonly contract = externalTaskQueue('reporting.return-report');
    attempts = 0;
    constructor(protected readonly results: Queue) {
      super();
    }
    protected async execute(): Promise<Record<string, unknown>> {
      this.attempts += 1;
      throw new Error('Kommunens adresse mangler');
    }
  }

  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  let worker: Worker;
  let results: Queue;
  let handler: FailingReturnHandler;

  beforeAll(async () => {
    world = await createWorkflowWorld('retries');
    api = await world.start();
    const connection = redisOptions(TEST_REDIS_URL);
    results = new Queue(externalTaskResult.queue, {
      connection,
      prefix: world.prefix,
    });
    handler = new FailingReturnHandler(results);
    worker = new Worker(
      externalTaskQueue('reporting.return-report').queue,
      (job) => handler.process(job),
      { connection, prefix: world.prefix },
    );
  });
  afterAll(async () => {
    await worker.close();
    await results.close();
    await world.close();
  });

  it('retries with backoff, then raises an incident with the last error', async () => {
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    await api.call('POST', `/tasks/${started.body.tasks[0].id}/complete`, {
      principal: vestland,
      body: {
        idempotencyKey: 'nei-click-001',
        variables: { approved: false, returnMessage: 'A1 mangler' },
      },
    });
    const [incident] = await eventually(async () => {
      const open = (
        await api.call('GET', `/incidents?processInstanceId=${started.body.id}`)
      ).body;
      return open.length ? open : null;
    });
    expect(incident).toMatchObject({
      elementId: 'Task_returner',
      error: 'Kommunens adresse mangler',
    });
    expect(handler.attempts).toBe(
      externalTaskQueue('reporting.return-report').attempts,
    );
  });
});
