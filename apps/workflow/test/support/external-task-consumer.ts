import { ExternalTaskPayload, externalTaskQueue } from '@bvr/contracts';
import { redisOptions } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import { Job, Worker } from 'bullmq';

/**
 * A handler for one topic, as another service would run it: it records each delivery and each
 * distinct effect (by job id), and answers through `answer` unless told to hold.
 */
export class ExternalTaskConsumer {
  readonly deliveries: ExternalTaskPayload[] = [];
  readonly effects = new Map<string, number>();
  private readonly worker: Worker;

  constructor(
    topic: string,
    prefix: string,
    private readonly answer: (payload: ExternalTaskPayload) => Promise<void>,
  ) {
    this.worker = new Worker(
      externalTaskQueue(topic).queue,
      async (job: Job) => {
        const payload = job.data.payload as ExternalTaskPayload;
        this.deliveries.push(payload);
        this.effects.set(payload.jobId, 1);
        await this.answer(payload);
      },
      { connection: redisOptions(TEST_REDIS_URL), prefix, concurrency: 20 },
    );
  }

  async waitForDeliveries(
    count: number,
    timeoutMs = 15_000,
  ): Promise<ExternalTaskPayload[]> {
    const until = Date.now() + timeoutMs;
    while (this.deliveries.length < count) {
      if (Date.now() > until)
        throw new Error(
          `expected ${count} deliveries, got ${this.deliveries.length}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.deliveries;
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}

/** Polls `probe` until it returns a truthy value. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
