/**
 * The Statsforvalter's decision reaches the report through the workflow's external tasks:
 * `reporting.return-report` and `reporting.forward-report` jobs on the real queues, handled by the
 * service's workers, answered on the workflow's result queue.
 */
import {
  externalTaskQueue,
  externalTaskResult,
  type ExternalTaskResult,
} from '@bvr/contracts';
import { enqueue, redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { submission } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import { bergenReporter } from '../support/test-callers';

const ARNA = '460101';

describe('decisions from the workflow', () => {
  let world: ReportsWorld;
  let results: Queue;
  const queues: Queue[] = [];

  beforeAll(async () => {
    world = await startReportsWorld('report-decisions');
    results = new Queue(externalTaskResult.queue, {
      connection: redisOptions(TEST_REDIS_URL),
      prefix: world.api.queuePrefix,
    });
  });
  afterAll(async () => {
    await Promise.all([...queues, results].map((queue) => queue.close()));
    await world?.close();
  });

  async function submitted() {
    const period = await world.newPeriod();
    const { body } = await world.api.call(
      'POST',
      reportPath(period.id, ARNA, '/submit'),
      {
        caller: bergenReporter,
        body: submission({ A1: 10, A2: 8, A3: 4, 'A3.1': 2 }),
      },
    );
    return { period, reportId: body.reportId as string };
  }

  async function runJob(topic: string, variables: Record<string, unknown>) {
    const contract = externalTaskQueue(topic);
    const queue = new Queue(contract.queue, {
      connection: redisOptions(TEST_REDIS_URL),
      prefix: world.api.queuePrefix,
    });
    queues.push(queue);
    const jobId = `job-${randomUUID()}`;
    await enqueue(
      queue,
      contract,
      {
        jobId,
        topic,
        processInstanceId: randomUUID(),
        processDefinitionKey: 'halvarsrapport',
        businessKey: 'halvarsrapport-460101-2030-1',
        activityId: 'Task_x',
        attempt: 1,
        variables,
      },
      { jobId: `${jobId}.1` },
    );
    return answerTo(jobId);
  }

  async function answerTo(jobId: string): Promise<ExternalTaskResult> {
    for (let i = 0; i < 100; i++) {
      const jobs = await results.getJobs(['waiting', 'delayed']);
      const answer = jobs
        .map((job) => (job.data as { payload: ExternalTaskResult }).payload)
        .find((payload) => payload.jobId === jobId);
      if (answer) return answer;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no answer for ${jobId}`);
  }

  const statusOf = async (periodId: number) =>
    (
      await world.api.call('GET', reportPath(periodId, ARNA), {
        caller: bergenReporter,
      })
    ).body;

  it('returns the report to the unit with the message, and answers the workflow with the due date of the correction', async () => {
    const { period, reportId } = await submitted();
    const answer = await runJob('reporting.return-report', {
      reportId,
      returnMessage: 'A3 ser for lav ut',
    });
    expect(answer).toEqual({
      jobId: expect.any(String),
      outcome: 'completed',
      // the end of the Statsforvalter's deadline day in Norway (the period is years ahead)
      variables: { unitDueAt: `${period.year}-08-25T21:59:59.999Z` },
    });
    expect(await statusOf(period.id)).toMatchObject({
      status: 'returned',
      returnMessage: 'A3 ser for lav ut',
    });
  });

  it('forwards an approved report, once even when the job comes twice', async () => {
    const { period, reportId } = await submitted();
    await runJob('reporting.forward-report', { reportId });
    const again = await runJob('reporting.forward-report', { reportId });
    expect(again.outcome).toBe('completed');
    expect((await statusOf(period.id)).status).toBe('approved');
  });

  it('tells the workflow at once when the job cannot succeed (an incident, not endless retries)', async () => {
    const { reportId } = await submitted();
    const noMessage = await runJob('reporting.return-report', { reportId });
    expect(noMessage).toMatchObject({ outcome: 'failed' });
    const noReport = await runJob('reporting.forward-report', {});
    expect(noReport).toMatchObject({ outcome: 'failed' });
  });
});
