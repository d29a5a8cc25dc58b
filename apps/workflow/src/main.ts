import { runMigrations, runService } from '@bvr/service-kit';
import { workflowModule } from './app.module';
import { readEnv } from './config/env';
import { database } from './database';

void runService({
  name: 'workflow',
  description:
    'BPMN deployments, process instances, the task inbox, timers and incidents.',
  loadEnv: readEnv,
  module: workflowModule,
  commands: {
    migrate: async (env) => {
      await runMigrations(env.DATABASE_URL, database, 'workflow');
    },
  },
});
