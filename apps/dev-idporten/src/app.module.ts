import { HealthModule, LoggingModule } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';

export function devIdportenModule(env: Env): Type {
  @Module({
    imports: [
      LoggingModule.forRoot({ service: 'dev-idporten', level: env.LOG_LEVEL }),
      HealthModule.forRoot({ database: false, redis: false }),
    ],
  })
  class DevIdportenModule {}
  return DevIdportenModule;
}
