import { DynamicModule, Module } from '@nestjs/common';
import {
  HealthIndicatorFunction,
  TerminusModule,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { HEALTH_CHECKS, HealthController } from './health.controller';
import { RedisHealthIndicator } from './redis.health';

export interface HealthOptions {
  database: boolean;
  redis: boolean;
}

/** `GET /health`: 200 when every dependency answers, 503 naming the one that does not. */
@Module({})
export class HealthModule {
  static forRoot(options: HealthOptions): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        RedisHealthIndicator,
        {
          provide: HEALTH_CHECKS,
          inject: [
            TypeOrmHealthIndicator,
            { token: RedisHealthIndicator, optional: true },
          ],
          useFactory: (
            db: TypeOrmHealthIndicator,
            redis?: RedisHealthIndicator,
          ) => {
            const checks: HealthIndicatorFunction[] = [];
            if (options.database)
              checks.push(() => db.pingCheck('database', { timeout: 1000 }));
            if (options.redis && redis) checks.push(() => redis.check('redis'));
            return checks;
          },
        },
      ],
    };
  }
}
