import { runMigrations, runService } from '@bvr/service-kit';
import { bekymringsmeldingModule } from './app.module';
import { readEnv } from './config/env';
import { database } from './database';
import { seedDemoCommand } from './seed/seed-demo.command';

void runService({
  name: 'bekymringsmelding',
  description:
    'Public intake of reports of concern, municipal set-up, download and confirm.',
  loadEnv: readEnv,
  module: bekymringsmeldingModule,
  commands: {
    migrate: async (env) => {
      await runMigrations(env.DATABASE_URL, database, 'bekymringsmelding');
    },
    seed: seedDemoCommand,
  },
});
