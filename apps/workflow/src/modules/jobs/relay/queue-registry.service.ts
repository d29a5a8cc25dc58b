import { redisOptions } from '@bvr/service-kit';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { WorkflowConfig } from '../../../config/env';

/** BullMQ queues by name, opened on first use: external task topics are only known from the models. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly config: WorkflowConfig) {}

  get(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const { REDIS_URL, QUEUE_PREFIX } = this.config.env;
      queue = new Queue(name, {
        connection: redisOptions(REDIS_URL),
        prefix: QUEUE_PREFIX,
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
