import { AuthModule, authOptionsFromEnv } from '@bvr/auth';
import {
  DatabaseModule,
  DomainErrorFilter,
  HealthModule,
  LoggingModule,
  RedisConnectionModule,
} from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Env } from './config/env';
import { database } from './database';
import { PeriodsModule } from './modules/periods/periods.module';
import { ReferenceDataUnitDirectory } from './modules/reference-data/queries/office-of-unit/reference-data-unit-directory';
import { ReferenceDataModule } from './modules/reference-data/reference-data.module';

export function reportingModule(env: Env): Type {
  @Module({
    imports: [
      LoggingModule.forRoot({ service: 'reporting', level: env.LOG_LEVEL }),
      DatabaseModule.forRoot(env.DATABASE_URL, database, 'reporting'),
      RedisConnectionModule.forRoot(env.REDIS_URL),
      HealthModule.forRoot({ database: true, redis: true }),
      // Every route needs an access token for audience "reporting" unless it is @PublicRoute();
      // office grants cover the kommuner and bydeler the reference data gives the office.
      AuthModule.forRoot(authOptionsFromEnv(env, 'reporting'), {
        imports: [ReferenceDataModule],
        useClass: ReferenceDataUnitDirectory,
      }),
      ReferenceDataModule,
      PeriodsModule,
    ],
    providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
  })
  class ReportingModule {}
  return ReportingModule;
}
