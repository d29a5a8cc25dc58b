import { platformModules } from '@bvr/service-kit';
import { Module, Type } from '@nestjs/common';
import type { Env } from './config/env';
import { database } from './database';

export function workflowModule(env: Env): Type {
  @Module({
    imports: [...platformModules({ service: 'workflow', env, database })],
  })
  class WorkflowModule {}
  return WorkflowModule;
}
