import { DomainErrorFilter } from '@bvr/service-kit';
import {
  DatabaseModule,
  HealthModule,
  LoggingModule,
  RedisConnectionModule,
} from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Env } from './config/env';
import { database } from './database';
import { ReferenceDataModule } from './modules/reference-data/reference-data.module';

export function reportingModule(env: Env): Type {
  @Module({
    imports: [
      LoggingModule.forRoot({ service: 'reporting', level: env.LOG_LEVEL }),
      DatabaseModule.forRoot(env.DATABASE_URL, database, 'reporting'),
      RedisConnectionModule.forRoot(env.REDIS_URL),
      HealthModule.forRoot({ database: true, redis: true }),
      ReferenceDataModule,
    ],
    providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
  })
  class ReportingModule {}
  return ReportingModule;
}
