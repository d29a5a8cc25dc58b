import {
  ExternalTaskPayload,
  externalTaskQueue,
  externalTaskResult,
} from '@bvr/contracts';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import type { z } from 'zod';
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

/**
 * The job's variables as a topic's handler needs them. A model that does not set them will not set
 * them on a retry either, so a mismatch fails the job at once (an incident names the variables).
 */
export function taskVariables<S extends z.ZodType>(
  schema: S,
  payload: Pick<ExternalTaskPayload, 'topic' | 'variables'>,
): z.infer<S> {
  const result = schema.safeParse(payload.variables);
  if (!result.success)
    throw new UnrecoverableError(
      `${payload.topic} variables: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return result.data;
}
