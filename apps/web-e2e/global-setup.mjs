// Starts the whole platform for the browser tests on ports and a database of their own, from the built apps.
import { existsSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  ensureDatabase,
  ensurePostgres,
  ensureRedis,
} from '../../tools/stack/infra.mjs';
import {
  migrateAndSeed,
  ROOT,
  startMailCatcher,
  startServices,
} from '../../tools/stack/launch.mjs';

export default async function globalSetup() {
  for (const app of ['gateway', 'reporting', 'web/browser/index.html']) {
    if (!existsSync(join(ROOT, 'dist/apps', app)))
      throw new Error(
        `dist/apps/${app} is missing: build first (npx nx run-many -t build)`,
      );
  }
  const id = randomBytes(3).toString('hex');
  // E2E_PORT_BASE lets two runs share a machine: every port below is derived from it.
  const portBase = Number(process.env.E2E_PORT_BASE ?? 4100);
  const stack = {
    portBase,
    databaseUrl: `postgres://postgres@127.0.0.1:5432/bvr_e2e_${id}`,
    redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: `e2e-${id}`,
    smtpPort: portBase + 25,
    webRoot: join(ROOT, 'dist/apps/web/browser'),
    logLevel: 'warn',
    loginRateLimit: 1000,
    printSpoolDir: join(ROOT, 'tmp/e2e-print-spool', id),
  };
  const logDir = join(ROOT, 'tmp/e2e-logs');
  mkdirSync(logDir, { recursive: true });
  await ensurePostgres(stack.databaseUrl);
  await ensureRedis(stack.redisUrl);
  await ensureDatabase(stack.databaseUrl);
  migrateAndSeed(stack);
  const mail = startMailCatcher({
    smtpPort: stack.smtpPort,
    webPort: portBase + 80,
    logDir,
  });
  await mail.ready();
  const services = await startServices(stack, { logDir });
  globalThis.__E2E__ = { services, mail, stack };
  process.env.E2E_BASE_URL = services.urls.gateway;
  process.env.E2E_MAIL_URL = mail.url;
  process.env.E2E_SERVICE_URLS = JSON.stringify(services.urls);
  // Tests that prove what is (not) stored read the platform's database directly.
  process.env.E2E_DATABASE_URL = stack.databaseUrl;
}
