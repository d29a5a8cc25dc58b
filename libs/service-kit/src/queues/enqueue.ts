import {
  describeIssues,
  envelopeSchema,
  PayloadOf,
  QueueContract,
} from '@bvr/contracts';
import type { JobsOptions, Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { currentRequestContext } from '../context/request-context';

export class ContractViolationError extends Error {
  constructor(queue: string, detail: string) {
    super(`Refused to enqueue an invalid message on ${queue}: ${detail}`);
    this.name = 'ContractViolationError';
  }
}

/**
 * Validates the payload against its contract and adds it with the caller's request id.
 * `jobId` is what makes the effect unique: BullMQ ignores a second add with the same id.
 */
export async function enqueue<C extends QueueContract>(
  queue: Queue,
  contract: C,
  payload: PayloadOf<C>,
  options: { jobId: string } & Pick<JobsOptions, 'delay' | 'priority'>,
) {
  const envelope = envelopeSchema(contract.payload).safeParse({
    meta: {
      requestId: currentRequestContext()?.requestId ?? randomUUID(),
      enqueuedAt: new Date().toISOString(),
    },
    payload,
  });
  if (!envelope.success)
    throw new ContractViolationError(
      contract.queue,
      describeIssues(envelope.error),
    );
  return queue.add(contract.job, envelope.data, {
    ...options,
    attempts: contract.attempts,
    backoff: { type: 'exponential', delay: 1000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: false,
  });
}
