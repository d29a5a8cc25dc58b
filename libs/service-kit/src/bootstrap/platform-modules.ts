import type { QueueContract } from '@bvr/contracts';
import type { DynamicModule } from '@nestjs/common';
import { DatabaseModule, ServiceDatabase } from '../database/database.module';
import { HealthModule } from '../health/health.module';
import { RedisConnectionModule } from '../health/redis-connection';
import { LoggingModule } from '../logging/logging.module';
import { QueueModule } from '../queues/queue.module';

export interface PlatformOptions {
  service: string;
  env: {
    LOG_LEVEL: string;
    REDIS_URL: string;
    DATABASE_URL?: string;
    QUEUE_PREFIX?: string;
  };
  /** The service's own schema, entities and migrations; omit for a service without tables. */
  database?: ServiceDatabase;
  /** Queues the service produces to or consumes from. */
  queues?: QueueContract[];
}

/** What every service imports: logging, its database, Redis, BullMQ and `GET /health` over both. */
export function platformModules(options: PlatformOptions): DynamicModule[] {
  const { service, env, database, queues = [] } = options;
  if (database && !env.DATABASE_URL)
    throw new Error(`${service} declares a database but has no DATABASE_URL`);
  return [
    LoggingModule.forRoot({ service, level: env.LOG_LEVEL }),
    ...(database && env.DATABASE_URL
      ? [DatabaseModule.forRoot(env.DATABASE_URL, database, service)]
      : []),
    RedisConnectionModule.forRoot(env.REDIS_URL),
    ...(queues.length
      ? [QueueModule.forRoot(env.REDIS_URL, queues, env.QUEUE_PREFIX)]
      : []),
    HealthModule.forRoot({ database: Boolean(database), redis: true }),
  ];
}
