// `npm run migrate`: builds the services and applies every service's migrations (and reference data seeds).
import { ensureDatabase, ensurePostgres } from './stack/infra.mjs';
import { buildAll, migrateAndSeed } from './stack/launch.mjs';

const config = {
  portBase: 3000,
  databaseUrl:
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/barnevern',
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  queuePrefix: 'bull',
  smtpPort: 1025,
  webRoot: '',
};
await ensurePostgres(config.databaseUrl);
await ensureDatabase(config.databaseUrl);
buildAll();
migrateAndSeed(config, { seed: !process.argv.includes('--no-seed') });
console.log(`Migrations applied to ${config.databaseUrl}`);
