import type { PayloadOf, QueueContract } from '@bvr/contracts';
import type { Queue } from 'bullmq';
import { enqueue } from './enqueue';
import { jobProgress } from './job-progress';

/**
 * The sender's record of commands it put on a queue but has not yet seen taken off it. `E` is one
 * entry as the sender stores it (a row, say); the ledger tells its job id and payload.
 */
export interface SentCommandLedger<E, P> {
  /** Entries sent before `cutOff` and not yet seen delivered, oldest first, at most `limit`. */
  sentNotDelivered(cutOff: Date, limit: number): Promise<E[]>;
  /** The job id the command was sent under, and the payload that sends it again. */
  commandOf(entry: E): { jobId: string; payload: P };
  /** Records that the consumer took the command: it is checked no more. */
  markDelivered(entry: E): Promise<void>;
}

export interface LostCommandsSweep<C extends QueueContract, E> {
  queue: Queue;
  contract: C;
  ledger: SentCommandLedger<E, PayloadOf<C>>;
  /** Commands sent after this are left alone: they may simply not have been taken yet. */
  cutOff: Date;
  limit: number;
}

/**
 * Sends again the commands Redis lost after they were sent (it lost writes), and records as
 * delivered those the consumer took, done or failed for good: a failed one is the consumer's to
 * handle (it logs it, BullMQ keeps it), not a lost one, and left in the ledger it would hold a place
 * among the oldest entries every sweep reads. A job still on its way is left alone. Answers how many
 * commands it sent again. The job id makes a second send harmless should the first turn up after all.
 */
export async function resendLostCommands<C extends QueueContract, E>({
  queue,
  contract,
  ledger,
  cutOff,
  limit,
}: LostCommandsSweep<C, E>): Promise<number> {
  let resent = 0;
  for (const entry of await ledger.sentNotDelivered(cutOff, limit)) {
    const { jobId, payload } = ledger.commandOf(entry);
    const progress = await jobProgress(await queue.getJob(jobId));
    if (progress === 'done' || progress === 'failed')
      await ledger.markDelivered(entry);
    if (progress !== 'gone') continue;
    await enqueue(queue, contract, payload, { jobId });
    resent++;
  }
  return resent;
}
