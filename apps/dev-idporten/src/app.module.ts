import { HealthModule, LoggingModule } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';
import { createDevIdporten, DEV_IDPORTEN } from './dev-idporten';
import { InteractionController } from './interaction/interaction.controller';
import { LandingController } from './landing/landing.controller';

/** Logging, `GET /health`, the login pages; the provider itself is mounted in `main.ts`. */
export async function devIdportenModule(env: Env): Promise<Type> {
  const idporten = await createDevIdporten(env);
  @Module({
    imports: [
      LoggingModule.forRoot({ service: 'dev-idporten', level: env.LOG_LEVEL }),
      HealthModule.forRoot({ database: false, redis: false }),
    ],
    controllers: [InteractionController, LandingController],
    providers: [{ provide: DEV_IDPORTEN, useValue: idporten }],
  })
  class DevIdportenModule {}
  return DevIdportenModule;
}
