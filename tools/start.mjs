// `npm start`: everything a fresh machine needs, then the whole platform with demo data, until Ctrl-C.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const config = {
  portBase: Number(process.env.PORT_BASE ?? 3000),
  databaseUrl:
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/barnevern',
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  queuePrefix: process.env.QUEUE_PREFIX ?? 'bull',
  smtpPort: Number(process.env.SMTP_PORT ?? 1025),
  mailWebPort: Number(process.env.MAIL_WEB_PORT ?? 1080),
  webRoot: join(ROOT, 'dist/apps/web/browser'),
};
const logDir = join(ROOT, '.run/logs');

if (!existsSync(join(ROOT, 'node_modules/.package-lock.json'))) {
  console.log('Installing dependencies (npm install)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Imported only now: they need the packages installed above.
const { ensureDatabase, ensurePostgres, ensureRedis } = await import(
  './stack/infra.mjs'
);
const { buildAll, migrateAndSeed, startMailCatcher, startServices, terminate } =
  await import('./stack/launch.mjs');

try {
  await ensurePostgres(config.databaseUrl);
  await ensureRedis(config.redisUrl);
  await ensureDatabase(config.databaseUrl);
  console.log('Building…');
  buildAll();
  console.log('Migrating and seeding…');
  migrateAndSeed(config);
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}

mkdirSync(logDir, { recursive: true });
const mail = startMailCatcher({
  smtpPort: config.smtpPort,
  webPort: config.mailWebPort,
  logDir,
});
let services;
try {
  await mail.ready();
  console.log('Starting services…');
  services = await startServices(config, { logDir });
} catch (error) {
  console.error(`\n${error.message}`);
  await terminate(mail.child);
  process.exit(1);
}

const { urls } = services;
console.log(`
Barnevernsrapportering is running (every /health is green).

  App (through the gateway)   ${urls.gateway}/
  E-mail (mail catcher)       ${mail.url}/
  API docs                    ${Object.entries(urls)
    .filter(([name]) => name !== 'dev-idporten')
    .map(([name, url]) => `${name}: ${url}/docs`)
    .join('\n                              ')}
  Test ID-porten              ${urls['dev-idporten']}/
  Logs                        ${logDir}/<service>.log

Press Ctrl-C to stop.`);

let stopping = false;
const stopAll = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await Promise.all([services.stop(), terminate(mail.child)]);
  process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
