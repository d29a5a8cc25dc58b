import {
  describeIssues,
  envelopeSchema,
  PayloadOf,
  QueueContract,
} from '@bvr/contracts';
import { WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { runWithRequestContext } from '../context/request-context';

/**
 * Base class for a queue consumer: the message is validated against its contract before anything
 * happens; an invalid one fails at once (no retries) with the validation error as its reason.
 * Subclasses are decorated with `@Processor(contract.queue)` and implement an idempotent `handle`.
 */
export abstract class ContractWorker<
  C extends QueueContract,
> extends WorkerHost {
  protected abstract readonly contract: C;
  protected readonly logger = new Logger(this.constructor.name);

  protected abstract handle(payload: PayloadOf<C>, job: Job): Promise<unknown>;

  async process(job: Job): Promise<unknown> {
    if (job.name !== this.contract.job) {
      throw new UnrecoverableError(
        `Unknown job "${job.name}" on ${this.contract.queue}; expected "${this.contract.job}"`,
      );
    }
    const parsed = envelopeSchema(this.contract.payload).safeParse(job.data);
    if (!parsed.success) {
      const reason = `Invalid message on ${this.contract.queue}: ${describeIssues(parsed.error)}`;
      this.logger.warn({ jobId: job.id, reason }, 'rejected invalid message');
      throw new UnrecoverableError(reason);
    }
    return runWithRequestContext(
      { requestId: parsed.data.meta.requestId, jobId: String(job.id) },
      async () => {
        this.logger.log(
          { queue: this.contract.queue, attempt: job.attemptsMade + 1 },
          'processing job',
        );
        return this.handle(parsed.data.payload as PayloadOf<C>, job);
      },
    );
  }
}
