import { runMigrations, runService } from '@bvr/service-kit';
import { reportingModule } from './app.module';
import { readEnv } from './config/env';
import { database } from './database';
import { seedPeriodsCommand } from './modules/periods/seed/seed-periods.command';
import { seedPublicationDemoCommand } from './modules/publication/seed/seed-publication-demo.command';
import { seedCommand } from './modules/reference-data/seed/seed.command';

void runService({
  name: 'reporting',
  description:
    'Reference data of child-welfare reporting (fylker, Statsforvalter offices, kommuner, bydeler), versioned and answered as of a date; reporting periods and their deadlines.',
  loadEnv: readEnv,
  module: reportingModule,
  commands: {
    migrate: async (env) => {
      const applied = await runMigrations(
        env.DATABASE_URL,
        database,
        'reporting',
      );
      process.stdout.write(
        `reporting: applied ${applied.length} migration(s)${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
      );
    },
    // Reference data, the periods, then (outside production) the portal's demo history; each step is idempotent.
    seed: async (env) => {
      if (!(await seedCommand(env.DATABASE_URL, process.argv.slice(3)))) return;
      await seedPeriodsCommand(env.DATABASE_URL);
      if (env.NODE_ENV !== 'production')
        await seedPublicationDemoCommand(env.DATABASE_URL);
    },
  },
});
