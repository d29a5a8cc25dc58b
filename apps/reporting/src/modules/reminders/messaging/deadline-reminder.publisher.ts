import { notifyAudience, type PayloadOf } from '@bvr/contracts';
import { enqueue } from '@bvr/service-kit';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

/** Puts a reminder on identity's notify queue; the idempotency key is the job id, so a repeat is dropped. */
@Injectable()
export class DeadlineReminderPublisher {
  constructor(
    @InjectQueue(notifyAudience.queue) private readonly queue: Queue,
  ) {}

  async publish(payload: PayloadOf<typeof notifyAudience>): Promise<void> {
    await enqueue(this.queue, notifyAudience, payload, {
      jobId: payload.idempotencyKey,
    });
  }
}
