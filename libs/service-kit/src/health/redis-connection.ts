import {
  Global,
  Inject,
  Module,
  OnApplicationShutdown,
  DynamicModule,
} from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';

export const REDIS_CONNECTION = Symbol('REDIS_CONNECTION');
export const InjectRedis = () => Inject(REDIS_CONNECTION);

/** BullMQ needs `maxRetriesPerRequest: null` so a blocked worker waits for Redis instead of failing. */
export function redisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password || undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

class RedisCloser implements OnApplicationShutdown {
  constructor(@InjectRedis() private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** One shared Redis connection for health checks and small service needs (BullMQ opens its own). */
@Global()
@Module({})
export class RedisConnectionModule {
  static forRoot(redisUrl: string): DynamicModule {
    return {
      module: RedisConnectionModule,
      providers: [
        {
          provide: REDIS_CONNECTION,
          useFactory: () =>
            new Redis({ ...redisOptions(redisUrl), lazyConnect: false }),
        },
        RedisCloser,
      ],
      exports: [REDIS_CONNECTION],
    };
  }
}
