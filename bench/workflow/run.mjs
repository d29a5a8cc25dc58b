// npm run bench:workflow — prints the workflow engine's figures against the targets of issue 3.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import {
  dropDatabase,
  ensureDatabase,
  ensurePostgres,
  ensureRedis,
} from '../../tools/stack/infra.mjs';
import { fmt, report, verdict } from '../report.mjs';
import { benchTokens } from './bench-tokens.mjs';
import { compile, rawInstancesPerSecond } from './raw-engine.mjs';
import { durableCycles, inboxLatency, loadTaskRows } from './scenarios.mjs';
import {
  ROOT,
  deleteQueueKeys,
  jobHandler,
  peakRssMb,
  runMigrations,
  serviceEnv,
  startService,
  stopService,
} from './service-cluster.mjs';

const PG_ADMIN =
  process.env.BENCH_DATABASE_ADMIN_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const CYCLES = Number(process.env.BENCH_CYCLES ?? 600);
const TASK_ROWS = Number(process.env.BENCH_TASK_ROWS ?? 1_000_000);

const id = randomBytes(4).toString('hex');
const databaseUrl = Object.assign(new URL(PG_ADMIN), {
  pathname: `/bvr_bench_${id}`,
}).toString();
const prefix = `bench-${id}`;

await ensurePostgres(PG_ADMIN);
await ensureRedis(REDIS_URL);
await ensureDatabase(databaseUrl);
const services = [];
const handler = jobHandler(REDIS_URL, prefix);
const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
const tokens = await benchTokens();
try {
  const env = (port) =>
    serviceEnv({
      port,
      databaseUrl,
      redisUrl: REDIS_URL,
      prefix,
      jwksUrl: tokens.jwksUrl,
    });
  await runMigrations(env(4390));
  services.push(await startService(env(4390)));

  const sourceContext = await compile(
    readFileSync(resolve(ROOT, 'bpmn/halvarsrapport.bpmn'), 'utf8'),
  );
  const raw = await rawInstancesPerSecond(sourceContext, 5);
  const one = await durableCycles({
    bases: [services[0].base],
    cycles: CYCLES,
    db,
    tokens,
  });
  services.push(await startService(env(4391)));
  const two = await durableCycles({
    bases: services.map((s) => s.base),
    cycles: CYCLES,
    db,
    tokens,
  });

  await loadTaskRows(db, TASK_ROWS);
  const inbox = await inboxLatency(services[0].base, tokens);
  const rss = services.map((s) => peakRssMb(s.child.pid));

  const ratio = one.cyclesPerSecond / raw;
  const rows = [
    ['(a) raw bpmn-engine, in memory', `${fmt(raw)} instances/s`, ''],
    [
      '(b) durable via HTTP + PostgreSQL + outbox, 1 process',
      `${fmt(one.cyclesPerSecond)} cycles/s`,
      '',
    ],
    [
      '(b) durable, 2 processes',
      `${fmt(two.cyclesPerSecond)} cycles/s`,
      verdict(
        two.cyclesPerSecond > one.cyclesPerSecond * 1.2,
        'scales with processes',
      ),
    ],
    [
      '(c) ratio b/a, 1 process',
      fmt(ratio, 3),
      verdict(ratio >= 0.6, '>= 0.6'),
    ],
    [
      '(d) one step (complete task), p50/p95/p99',
      `${fmt(one.step.p50)} / ${fmt(one.step.p95)} / ${fmt(one.step.p99)} ms`,
      '',
    ],
    [
      '(e) inbox, one office, open tasks, p95',
      `${fmt(inbox.open.p95)} ms (p50 ${fmt(inbox.open.p50)})`,
      verdict(inbox.open.p95 < 20, '< 20 ms'),
    ],
    [
      '(e) inbox, one office, solved tasks, p95',
      `${fmt(inbox.solved.p95)} ms (p50 ${fmt(inbox.solved.p50)})`,
      verdict(inbox.solved.p95 < 20, '< 20 ms'),
    ],
    [
      '(e) inbox, text search, p95',
      `${fmt(inbox.text.p95)} ms (p50 ${fmt(inbox.text.p50)})`,
      'no target (the text is on the inbox rows)',
    ],
    [
      '(f) peak RSS per service process',
      rss.map((mb) => `${fmt(mb, 0)} MB`).join(', '),
      verdict(Math.max(...rss) < 200, '< 200 MB'),
    ],
  ];
  report(
    `Workflow engine: bpmn/halvarsrapport.bpmn, ${CYCLES} cycles per run, ${fmt(TASK_ROWS, 0)} task rows for the inbox`,
    rows,
    [
      'For scale: Camunda publishes 100 completed tasks/s for its smallest 11-vCPU SaaS cluster; this machine has 2 cores.',
    ],
  );
} finally {
  await Promise.all(services.map(stopService));
  await handler.close();
  await tokens.close();
  await db.end();
  await dropDatabase(databaseUrl);
  await deleteQueueKeys(REDIS_URL, prefix);
}
