import { AuthModule, authOptionsFromEnv } from '@bvr/auth';
import { externalTaskResult, sendEmail, workflowCommand } from '@bvr/contracts';
import {
  ClockModule,
  DomainErrorFilter,
  platformModules,
} from '@bvr/service-kit';
import { Global, Module, Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { BekymringsmeldingConfig, type Env } from './config/env';
import { database } from './database';
import { BekymringsmeldingFeatureModule } from './modules/bekymringsmelding.module';
import { deliveryQueues } from './modules/delivery/delivery.workers';
import {
  KommuneDirectory,
  ReportingKommuneDirectory,
} from './modules/reference-data/kommune-directory';

export function bekymringsmeldingModule(env: Env): Type {
  @Global()
  @Module({
    providers: [
      {
        provide: BekymringsmeldingConfig,
        useValue: new BekymringsmeldingConfig(env),
      },
      {
        provide: KommuneDirectory,
        useValue: new ReportingKommuneDirectory(env.REPORTING_URL),
      },
    ],
    exports: [BekymringsmeldingConfig, KommuneDirectory],
  })
  class ConfigModule {}

  @Module({
    imports: [
      ...platformModules({
        service: 'bekymringsmelding',
        env,
        database,
        queues: [
          workflowCommand,
          sendEmail,
          externalTaskResult,
          ...deliveryQueues,
        ],
      }),
      // Every route needs an access token for audience "bekymringsmelding" unless it is @PublicRoute().
      AuthModule.forRoot(authOptionsFromEnv(env, 'bekymringsmelding')),
      ClockModule,
      ConfigModule,
      BekymringsmeldingFeatureModule,
    ],
    providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
  })
  class BekymringsmeldingModule {}
  return BekymringsmeldingModule;
}
