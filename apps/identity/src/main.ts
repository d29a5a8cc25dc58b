import { runMigrations, runService } from '@bvr/service-kit';
import { identityModule } from './app.module';
import { readEnv } from './config/env';
import { database } from './database';

void runService({
  name: 'identity',
  description: 'ID-porten login, users, roles and data scope, access tokens.',
  loadEnv: readEnv,
  module: identityModule,
  commands: {
    migrate: async (env) => {
      await runMigrations(env.DATABASE_URL, database, 'identity');
    },
  },
});
