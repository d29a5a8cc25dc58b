import { runMigrations, runService } from '@bvr/service-kit';
import { notificationModule } from './app.module';
import { readEnv } from './config/env';
import { database } from './database';

void runService({
  name: 'notification',
  description:
    'Sends e-mail from templates over SMTP, exactly once per idempotency key.',
  loadEnv: readEnv,
  module: notificationModule,
  commands: {
    migrate: async (env) => {
      await runMigrations(env.DATABASE_URL, database, 'notification');
    },
  },
});
