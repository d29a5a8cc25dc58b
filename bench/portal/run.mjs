// npm run bench:portal — the publication portal's queries over HTTP against 10 years of published
// reports of every reporting unit, with p50/p95 per query against the target p95 < 50 ms.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import {
  dropDatabase,
  ensureDatabase,
  ensurePostgres,
  ensureRedis,
} from '../../tools/stack/infra.mjs';
import { fmt, report, verdict } from '../report.mjs';
import { BENCH_ISSUER, portalTokens } from './portal-tokens.mjs';
import { seedHistory, YEARS } from './seed-history.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = resolve(ROOT, 'dist/apps/reporting/main.js');
const PG_ADMIN =
  process.env.BENCH_DATABASE_ADMIN_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PORT = Number(process.env.BENCH_PORT ?? 4395);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const TARGET_P95_MS = 50;

const id = randomBytes(4).toString('hex');
const databaseUrl = Object.assign(new URL(PG_ADMIN), {
  pathname: `/bvr_bench_portal_${id}`,
}).toString();
const prefix = `bench-portal-${id}`;

await ensurePostgres(PG_ADMIN);
await ensureRedis(REDIS_URL);
await ensureDatabase(databaseUrl);
const tokens = await portalTokens();
const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
let child;
try {
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    PORT: String(PORT),
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    AUTH_ISSUER: BENCH_ISSUER,
    AUTH_JWKS_URL: tokens.jwksUrl,
  };
  await command(env, 'migrate');
  // Reference data and the seeded periods; production mode leaves out the demo history, so the
  // benchmark's own 10 years are all there is.
  await command({ ...env, NODE_ENV: 'production' }, 'seed');
  const seeded = await seedHistory(db);
  child = await start(env);
  const base = `http://127.0.0.1:${PORT}`;
  const units = (
    await get(`${base}/publication/units`, tokens.nationalReader)
  ).map((u) => u.id);
  let next = 0;
  const pick = () => units[(next = (next * 7 + 13) % units.length)];
  const pickMany = (n) => Array.from({ length: n }, pick);
  const queries = [
    [
      'series, 1 unit + county + country',
      () =>
        `/publication/indicators/plans-evaluated/series?units=${pick()}&compare=county,country`,
      tokens.kommuneReader,
    ],
    [
      'series, comparison of 10 units + county + country',
      () =>
        `/publication/indicators/investigations-within-deadline/series?units=${[...new Set(pickMany(10))].join(',')}&compare=county,country`,
      tokens.kommuneReader,
    ],
    [
      'unit figures',
      () => `/publication/units/${pick()}/figures`,
      tokens.nationalReader,
    ],
    [
      'series CSV, 10 units + county + country',
      () =>
        `/publication/indicators/care-with-plan/series.csv?units=${[...new Set(pickMany(10))].join(',')}&compare=county,country`,
      tokens.kommuneReader,
    ],
  ];
  const rows = [];
  for (const [name, path, token] of queries) {
    for (let i = 0; i < 20; i++) await time(`${base}${path()}`, token); // warm-up
    const samples = [];
    for (let i = 0; i < SAMPLES; i++)
      samples.push(await time(`${base}${path()}`, token));
    samples.sort((a, b) => a - b);
    const [p50, p95] = [percentile(samples, 50), percentile(samples, 95)];
    rows.push([
      name,
      `p50 ${fmt(p50)} ms, p95 ${fmt(p95)} ms`,
      verdict(p95 < TARGET_P95_MS, `p95 < ${TARGET_P95_MS} ms`),
    ]);
  }
  report(
    `Publication portal: ${seeded.reports} published reports (${seeded.units} units × ${seeded.periods} periods, ${YEARS} years), ${SAMPLES} requests per query`,
    rows,
  );
} finally {
  if (child) await stop(child);
  await tokens.close();
  await db.end();
  await dropDatabase(databaseUrl);
}

function command(env, name) {
  const run = spawn(process.execPath, [MAIN, name], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((res, rej) =>
    run.once('exit', (code) =>
      code === 0 ? res() : rej(new Error(`${name} exited ${code}`)),
    ),
  );
}

async function start(env) {
  const started = spawn(process.execPath, [MAIN], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`http://127.0.0.1:${env.PORT}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return started;
    if (started.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  started.kill('SIGKILL');
  throw new Error('reporting did not become healthy');
}

function stop(running) {
  if (running.exitCode !== null) return Promise.resolve();
  const exited = new Promise((r) => running.once('exit', r));
  running.kill('SIGTERM');
  return exited;
}

async function get(url, authorization) {
  const response = await fetch(url, { headers: { authorization } });
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

async function time(url, authorization) {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization } });
  if (!response.ok)
    throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

function percentile(sorted, p) {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}
