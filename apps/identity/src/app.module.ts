import { platformModules } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';
import { database } from './database';

export function identityModule(env: Env): Type {
  @Module({
    imports: [...platformModules({ service: 'identity', env, database })],
  })
  class IdentityModule {}
  return IdentityModule;
}
