import './engine/debug-colors';
import { runMigrations, runService } from '@bvr/service-kit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { workflowModule } from './app.module';
import { configureWorkflowApp } from './configure-app';
import { readEnv } from './config/env';
import { database } from './database';

void runService({
  name: 'workflow',
  description:
    'BPMN deployments, process instances, the task inbox, timers and incidents.',
  loadEnv: readEnv,
  module: workflowModule,
  configure: (app) => configureWorkflowApp(app as NestExpressApplication),
  commands: {
    migrate: async (env) => {
      await runMigrations(env.DATABASE_URL, database, 'workflow');
    },
  },
});
