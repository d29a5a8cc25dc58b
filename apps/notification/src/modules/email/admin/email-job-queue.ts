import { sendEmail } from '@bvr/contracts';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Job, Queue } from 'bullmq';

/** The send-email queue as the admin retry needs it; failed jobs are kept (`removeOnFail: false`). */
@Injectable()
export class EmailJobQueue {
  constructor(@InjectQueue(sendEmail.queue) private readonly queue: Queue) {}

  /** Moves a failed job back to waiting with a fresh set of attempts; false when it is not failed (or gone). */
  async retryFailed(jobId: string): Promise<boolean> {
    const job = await Job.fromId(this.queue, jobId);
    if (!job || (await job.getState()) !== 'failed') return false;
    await job.retry('failed', { resetAttemptsMade: true });
    return true;
  }
}
