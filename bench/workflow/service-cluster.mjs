// The built workflow service as child processes, a handler for the topics of a cycle, and the figures.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { SERVICE_NODE_OPTIONS } from '../../tools/stack/services.mjs';
import { BENCH_ISSUER } from './bench-tokens.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = resolve(ROOT, 'dist/apps/workflow/main.js');

export function redisConnection(redisUrl) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    maxRetriesPerRequest: null,
  };
}

export function serviceEnv({ port, databaseUrl, redisUrl, prefix, jwksUrl }) {
  return {
    PATH: process.env.PATH,
    NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS ?? SERVICE_NODE_OPTIONS,
    NODE_ENV: 'test',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    BPMN_DIR: resolve(ROOT, 'bpmn'),
    AUTH_ISSUER: BENCH_ISSUER,
    AUTH_JWKS_URL: jwksUrl,
    RELAY_POLL_MS: '1000',
    ...(process.env.ENGINE_CACHE_SIZE && {
      ENGINE_CACHE_SIZE: process.env.ENGINE_CACHE_SIZE,
    }),
  };
}

export function runMigrations(env) {
  const child = spawn(process.execPath, [MAIN, 'migrate'], {
    env,
    stdio: 'inherit',
  });
  return new Promise((res, rej) =>
    child.once('exit', (code) =>
      code === 0 ? res() : rej(new Error(`migrate exited ${code}`)),
    ),
  );
}

export async function startService(env) {
  // BENCH_PROFILE=<dir> writes a CPU profile of each service process there.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, MAIN], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${env.PORT}`;
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('workflow did not become healthy');
}

export async function stopService({ child }) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Peak resident set size of a process, from the kernel's high-water mark. */
export function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** The topics a Ja cycle reaches, answered at once as reporting and identity would. */
const CYCLE_TOPICS = [
  'reporting.forward-report',
  'identity.notify-report-received',
];

/** Answers every job of the cycle's topics: completed, on the result queue. */
export function jobHandler(redisUrl, prefix) {
  const connection = redisConnection(redisUrl);
  const results = new Queue('workflow.job-result', { connection, prefix });
  const answer = async (job) => {
    const { jobId } = job.data.payload;
    await results.add(
      'job-result',
      {
        meta: {
          requestId: `bench-${jobId}`,
          enqueuedAt: new Date().toISOString(),
        },
        payload: { jobId, outcome: 'completed', variables: {} },
      },
      { jobId: `result.${jobId}`, removeOnComplete: true },
    );
  };
  const workers = CYCLE_TOPICS.map(
    (topic) =>
      new Worker(`workflow.task.${topic}`, answer, {
        connection,
        prefix,
        concurrency: 32,
      }),
  );
  return {
    close: () =>
      Promise.all([...workers.map((w) => w.close()), results.close()]),
  };
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/** Removes every BullMQ key of this run. */
export async function deleteQueueKeys(redisUrl, prefix) {
  const redis = new Redis(redisConnection(redisUrl));
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
