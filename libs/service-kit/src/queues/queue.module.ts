import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { QueueContract } from '@bvr/contracts';
import { redisOptions } from '../health/redis-connection';

/** BullMQ on the service's Redis, with the queues it produces to or consumes from. */
@Module({})
export class QueueModule {
  static forRoot(
    redisUrl: string,
    contracts: QueueContract[],
    prefix = 'bull',
  ): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRoot({ connection: redisOptions(redisUrl), prefix }),
        BullModule.registerQueue(
          ...contracts.map((contract) => ({ name: contract.queue, prefix })),
        ),
      ],
      exports: [BullModule],
    };
  }
}
