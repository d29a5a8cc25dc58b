import { Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { InjectRedis } from './redis-connection';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Optional() @InjectRedis() private readonly redis: Redis,
  ) {}

  async check(key = 'redis') {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(this.redis.ping(), 1000);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no answer within ${ms} ms`)),
        ms,
      ).unref(),
    ),
  ]);
}
