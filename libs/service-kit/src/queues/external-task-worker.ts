import {
  ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { ContractWorker } from './contract-worker';
import { enqueue } from './enqueue';

/**
 * Base for a service's handler of one external task topic. `execute` does the effect idempotently
 * (keyed by `payload.jobId`) and returns variables for the process; the answer goes back on the
 * result queue. A throw is retried with backoff; on the last attempt, or on UnrecoverableError,
 * the workflow is told the task failed and raises an incident an admin can retry.
 */
export abstract class ExternalTaskWorker extends ContractWorker<
  ReturnType<typeof externalTaskQueue>
> {
  protected abstract readonly results: Queue;

  protected abstract execute(
    payload: ExternalTaskPayload,
    job: Job,
  ): Promise<Record<string, unknown>>;

  protected async handle(payload: ExternalTaskPayload, job: Job) {
    const resultId = `result.${payload.jobId}.${payload.attempt}`;
    try {
      const variables = await this.execute(payload, job);
      await enqueue(
        this.results,
        externalTaskResult,
        { jobId: payload.jobId, outcome: 'completed', variables },
        { jobId: resultId },
      );
      return variables;
    } catch (error) {
      const lastAttempt =
        error instanceof UnrecoverableError ||
        job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt) {
        const message = (error as Error).message || String(error);
        await enqueue(
          this.results,
          externalTaskResult,
          {
            jobId: payload.jobId,
            outcome: 'failed',
            error: message.slice(0, 4000),
          },
          { jobId: `${resultId}.failed` },
        );
      }
      throw error;
    }
  }
}
