import {
  type ExternalTaskPayload,
  externalTaskResult,
  type PayloadOf,
  type QueueContract,
  sendEmail,
} from '@bvr/contracts';
import { enqueue, redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { Job, Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';

type EmailJob = Job<{ payload: PayloadOf<typeof sendEmail> }>;

/**
 * The workflow's side of identity's external tasks, faked: produce a task job, wait for identity to
 * handle it, read the result it answered and the e-mail jobs it queued for notification.
 */
export class TaskQueues {
  private readonly queues: Record<string, Queue> = {};
  private readonly queueEvents: Record<string, QueueEvents> = {};

  private constructor(private readonly prefix: string) {}

  static async open(
    prefix: string,
    contracts: QueueContract[],
  ): Promise<TaskQueues> {
    const queues = new TaskQueues(prefix);
    const connection = redisOptions(TEST_REDIS_URL);
    for (const contract of [...contracts, sendEmail, externalTaskResult]) {
      queues.queues[contract.queue] = new Queue(contract.queue, {
        connection,
        prefix,
      });
      queues.queueEvents[contract.queue] = new QueueEvents(contract.queue, {
        connection,
        prefix,
      });
      await queues.queueEvents[contract.queue].waitUntilReady();
    }
    return queues;
  }

  queue(contract: QueueContract): Queue {
    return this.queues[contract.queue];
  }

  eventsOf(contract: QueueContract): QueueEvents {
    return this.queueEvents[contract.queue];
  }

  payload(
    topic: string,
    variables: Record<string, unknown>,
    process = {
      key: 'halvarsrapport',
      businessKey: 'halvarsrapport-4601-2026-1',
    },
  ): ExternalTaskPayload {
    return {
      jobId: `job-${randomUUID()}`,
      topic,
      processInstanceId: randomUUID(),
      processDefinitionKey: process.key,
      businessKey: process.businessKey,
      activityId: 'task',
      attempt: 1,
      variables,
    };
  }

  /** Produces the task job and waits until identity has handled it (or it failed). */
  async run(contract: QueueContract, payload: ExternalTaskPayload) {
    const job = await enqueue(this.queues[contract.queue], contract, payload, {
      jobId: `${payload.jobId}.${payload.attempt}`,
    });
    return job.waitUntilFinished(this.queueEvents[contract.queue], 15000);
  }

  /** The e-mail jobs a task queued, in recipient order. */
  async emailsFor(jobKey: string) {
    const jobs = (await this.queues[sendEmail.queue].getJobs([
      'waiting',
      'delayed',
      'prioritized',
    ])) as EmailJob[];
    return jobs
      .map((job) => job.data.payload)
      .filter((payload) => payload.idempotencyKey.startsWith(`${jobKey}:`))
      .sort((a, b) => a.idempotencyKey.localeCompare(b.idempotencyKey));
  }

  /** What identity answered the workflow for a task job. */
  async resultOf(jobId: string) {
    const jobs = await this.queues[externalTaskResult.queue].getJobs([
      'waiting',
    ]);
    return jobs
      .map((job) => job.data.payload)
      .filter((payload) => payload.jobId === jobId);
  }

  async close(): Promise<void> {
    for (const name of Object.keys(this.queues)) {
      await this.queueEvents[name].close();
      await this.queues[name].close();
    }
  }
}
