import { REDIS_CONNECTION, runMigrations, runService } from '@bvr/service-kit';
import { identityModule } from './app.module';
import { readEnv } from './config/env';
import { database } from './database';
import { installSessions } from './modules/login/session';
import { seedDemoCommand } from './seed/seed-demo.command';

void runService({
  name: 'identity',
  description:
    'ID-porten login, users, roles and data scope, access tokens (ES256, JWKS), machine clients.',
  loadEnv: readEnv,
  module: identityModule,
  configure: (app, env) => installSessions(app, env, app.get(REDIS_CONNECTION)),
  commands: {
    migrate: async (env) => {
      await runMigrations(env.DATABASE_URL, database, 'identity');
    },
    seed: seedDemoCommand,
  },
});
