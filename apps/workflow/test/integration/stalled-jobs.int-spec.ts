/**
 * A job whose result never comes because Redis lost the job, or lost the handler's answer, is handed
 * to its queue again by the stalled-job sweep; one still on its way is left alone. Real: PostgreSQL,
 * Redis, BullMQ, the relay. The wait before a job counts as stalled is passed by backdating its rows.
 */
import { externalTaskQueue } from '@bvr/contracts';
import { redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { Queue } from 'bullmq';
import { StalledJobSweeper } from '../../src/modules/jobs/relay/stalled-job.sweeper';
import {
  ExternalTaskConsumer,
  eventually,
} from '../support/external-task-consumer';
import { halvarsrapportStart } from '../support/halvarsrapport.factory';
import {
  createWorkflowWorld,
  WorkflowTestApp,
  WorkflowWorld,
} from '../support/workflow-test-app';

const TOPIC = 'identity.notify-report-received';

describe('stalled external jobs', () => {
  let world: WorkflowWorld;
  let api: WorkflowTestApp;
  let queue: Queue;
  let sweeper: StalledJobSweeper;

  beforeAll(async () => {
    world = await createWorkflowWorld('stalled-jobs', {
      answerNotifications: false,
    });
    api = await world.start();
    sweeper = api.app.get(StalledJobSweeper);
    queue = new Queue(externalTaskQueue(TOPIC).queue, {
      connection: redisOptions(TEST_REDIS_URL),
      prefix: world.prefix,
    });
  });

  afterAll(async () => {
    await queue.close();
    await world.close();
  });

  /** Starts a report and answers its notification job's id once the relay handed it to Redis. */
  async function relayedNotification(): Promise<{
    instanceId: string;
    messageId: string;
  }> {
    const started = await api.call('POST', '/process-instances', {
      body: halvarsrapportStart(),
    });
    return eventually(async () => {
      const [row] = await world.dataSource.query(
        `SELECT o.message_id AS "messageId" FROM workflow.outbox o
           JOIN workflow.external_job j ON o.message_id = j.id || '.' || j.attempt
          WHERE j.instance_id = $1 AND j.topic = $2 AND o.relayed_at IS NOT NULL`,
        [started.body.id, TOPIC],
      );
      return row && { instanceId: started.body.id, messageId: row.messageId };
    });
  }

  /** As if the job had been relayed an hour ago. */
  const backdate = (instanceId: string) =>
    world.dataSource.query(
      `WITH jobs AS (
         UPDATE workflow.external_job SET created_at = now() - interval '1 hour'
          WHERE instance_id = $1 RETURNING id, attempt)
       UPDATE workflow.outbox o SET relayed_at = now() - interval '1 hour'
         FROM jobs WHERE o.message_id = jobs.id || '.' || jobs.attempt`,
      [instanceId],
    );

  const jobStatus = async (instanceId: string) =>
    (
      await world.dataSource.query(
        `SELECT status FROM workflow.external_job WHERE instance_id = $1 AND topic = $2`,
        [instanceId, TOPIC],
      )
    )[0].status;

  it('leaves a job alone while it waits in its queue, and redelivers one Redis lost', async () => {
    const { instanceId, messageId } = await relayedNotification();
    await backdate(instanceId);

    expect(await sweeper.sweep()).toBe(0);

    await queue.remove(messageId);
    expect(await sweeper.sweep()).toBe(1);

    const again = await eventually(() => queue.getJob(messageId));
    expect(await again.getState()).toBe('waiting');
    expect(await jobStatus(instanceId)).toBe('pending');
  });

  it("redelivers a job whose handler's answer was lost, and the second answer steps the instance once", async () => {
    const lostOnce = new Set<string>();
    const handler = new ExternalTaskConsumer(TOPIC, world.prefix, (payload) => {
      // The first answer to each job is lost on its way back; the handler has done its effect by then.
      if (!lostOnce.has(payload.jobId)) {
        lostOnce.add(payload.jobId);
        return Promise.resolve();
      }
      return world.answer({
        jobId: payload.jobId,
        outcome: 'completed',
        variables: {},
      });
    });
    try {
      const { instanceId, messageId } = await relayedNotification();
      await eventually(async () =>
        (await queue.getJob(messageId))?.isCompleted(),
      );
      await backdate(instanceId);

      expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);

      await eventually(
        async () => (await jobStatus(instanceId)) === 'completed',
      );
      const deliveries = handler.deliveries.filter(
        (payload) => payload.processInstanceId === instanceId,
      );
      expect(deliveries.map((payload) => payload.jobId)).toEqual([
        deliveries[0].jobId,
        deliveries[0].jobId,
      ]);
      const history = await world.dataSource.query(
        `SELECT count(*)::int AS n FROM workflow.history_event
          WHERE instance_id = $1 AND type = 'job.completed'`,
        [instanceId],
      );
      expect(history[0].n).toBe(1);
    } finally {
      await handler.close();
    }
  });
});
