import { AuthModule, authOptionsFromEnv } from '@bvr/auth';
import {
  DatabaseModule,
  DomainErrorFilter,
  HealthModule,
  LoggingModule,
  QueueModule,
  RedisConnectionModule,
  ClockModule,
} from '@bvr/service-kit';
import { notifyAudience, workflowCommand } from '@bvr/contracts';
import { Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Env } from './config/env';
import { database } from './database';
import { PeriodsModule } from './modules/periods/periods.module';
import { PublicationModule } from './modules/publication/publication.module';
import { ReferenceDataUnitDirectory } from './modules/reference-data/queries/office-of-unit/reference-data-unit-directory';
import { ReferenceDataModule } from './modules/reference-data/reference-data.module';
import { RemindersConfig } from './modules/reminders/reminders.config';
import { RemindersModule } from './modules/reminders/reminders.module';
import { ReportsConfig } from './modules/reports/messaging/reports.config';
import { reportDecisionQueues } from './modules/reports/workflow-tasks/report-decision.workers';
import { ReportsModule } from './modules/reports/reports.module';

export function reportingModule(env: Env): Type {
  @Module({
    imports: [
      LoggingModule.forRoot({ service: 'reporting', level: env.LOG_LEVEL }),
      DatabaseModule.forRoot(env.DATABASE_URL, database, 'reporting'),
      RedisConnectionModule.forRoot(env.REDIS_URL),
      // Produces to the workflow's command queue (submitted reports start or resume the control).
      QueueModule.forRoot(
        env.REDIS_URL,
        // and to identity's notify queue (deadline reminders).
        [workflowCommand, notifyAudience, ...reportDecisionQueues],
        env.QUEUE_PREFIX,
      ),
      HealthModule.forRoot({ database: true, redis: true }),
      // Every route needs an access token for audience "reporting" unless it is @PublicRoute();
      // office grants cover the kommuner and bydeler the reference data gives the office.
      AuthModule.forRoot(authOptionsFromEnv(env, 'reporting'), {
        imports: [ReferenceDataModule],
        useClass: ReferenceDataUnitDirectory,
      }),
      ReferenceDataModule,
      PeriodsModule,
      ReportsModule.forRoot(
        new ReportsConfig(
          env.REPORT_COMMAND_SWEEP_INTERVAL_MS,
          env.REPORT_COMMAND_LOST_AFTER_MS,
        ),
      ),
      PublicationModule,
      ClockModule,
      RemindersModule.forRoot(
        new RemindersConfig(
          env.REMINDER_DAYS_BEFORE_DEADLINE,
          env.REMINDER_SWEEP_INTERVAL_MS,
        ),
      ),
    ],
    providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
  })
  class ReportingModule {}
  return ReportingModule;
}
