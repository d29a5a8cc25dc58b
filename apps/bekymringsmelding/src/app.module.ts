import { platformModules } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';
import { database } from './database';

export function bekymringsmeldingModule(env: Env): Type {
  @Module({
    imports: [
      ...platformModules({ service: 'bekymringsmelding', env, database }),
    ],
  })
  class BekymringsmeldingModule {}
  return BekymringsmeldingModule;
}
