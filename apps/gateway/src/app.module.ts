import { platformModules } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';

/** Logging, Redis and `GET /health` (Redis only: the gateway has no tables). */
export function gatewayModule(env: Env): Type {
  @Module({
    imports: [...platformModules({ service: 'gateway', env })],
  })
  class GatewayModule {}
  return GatewayModule;
}
