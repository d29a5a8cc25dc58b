import { type WorkflowCommand, workflowCommand } from '@bvr/contracts';
import { redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { Queue } from 'bullmq';

/**
 * The workflow command queue under a test prefix, read as the workflow would find it. Nothing
 * consumes it in these tests, so every job the service added is still there.
 */
export class WorkflowCommandQueue {
  private readonly queue: Queue;

  constructor(prefix: string) {
    this.queue = new Queue(workflowCommand.queue, {
      connection: redisOptions(TEST_REDIS_URL),
      prefix,
    });
  }

  /** The payloads of the jobs for one business key, oldest first, with their job ids. */
  async commandsFor(
    businessKey: string,
  ): Promise<{ jobId: string; payload: WorkflowCommand }[]> {
    const jobs = await this.queue.getJobs(['waiting', 'delayed', 'active']);
    return jobs
      .map((job) => ({
        jobId: job.id ?? '',
        timestamp: job.timestamp,
        payload: (job.data as { payload: WorkflowCommand }).payload,
      }))
      .filter((job) => job.payload.businessKey === businessKey)
      .sort((a, b) => a.timestamp - b.timestamp)
      .map(({ jobId, payload }) => ({ jobId, payload }));
  }

  /** Removes a job, as if it had never been added. */
  async remove(jobId: string): Promise<void> {
    await this.queue.remove(jobId);
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
