import { AUTH_OPTIONS } from '@bvr/auth';
import { TestTokens } from '@bvr/auth/testing';
import {
  externalTaskResult,
  type QueueContract,
  sendEmail,
  workflowCommand,
} from '@bvr/contracts';
import {
  Clock,
  dataSourceOptions,
  FixedClock,
  loadEnv,
  redisOptions,
  runMigrations,
} from '@bvr/service-kit';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  type TestDatabase,
  testQueuePrefix,
} from '@bvr/service-kit/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { bekymringsmeldingModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';
import { database } from '../../src/database';
import {
  KommuneDirectory,
  type KommuneInfo,
} from '../../src/modules/reference-data/kommune-directory';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply<T = any> = {
  status: number;
  body: T;
  headers: Headers;
  bytes: Buffer;
};

/** Someone calling: the subject and compact grants of an access token; `null`: no token. */
export interface TestCaller {
  id: string;
  grants: string[];
}

const KOMMUNER: KommuneInfo[] = [
  {
    kommunenummer: '4601',
    kommunenavn: 'Bergen',
    bydeler: [
      { number: '460101', name: 'Arna' },
      { number: '460102', name: 'Bergenhus' },
    ],
  },
  { kommunenummer: '1103', kommunenavn: 'Stavanger', bydeler: [] },
  { kommunenummer: '4602', kommunenavn: 'Kinn', bydeler: [] },
];

class FixedKommuneDirectory extends KommuneDirectory {
  async find(kommunenummer: string) {
    return KOMMUNER.find((k) => k.kommunenummer === kommunenummer) ?? null;
  }
}

export interface ConcernWorld {
  app: INestApplication;
  dataSource: DataSource;
  clock: FixedClock;
  spoolDir: string;
  call(
    method: string,
    path: string,
    caller?: TestCaller | null,
    body?: unknown,
    rawBody?: string,
    /** More request headers, e.g. `Idempotency-Key`. */
    extraHeaders?: Record<string, string>,
  ): Promise<Reply>;
  /** Puts a job on a queue, as the workflow's relay would (`{ payload }`, job id = the effect's key). */
  add(contract: QueueContract, jobId: string, payload: unknown): Promise<void>;
  /** Jobs the service put on a queue (nothing consumes them in these tests). */
  jobs<T>(queue: string): Promise<Array<{ id: string; payload: T }>>;
  close(): Promise<void>;
}

/**
 * The real bekymringsmelding module (PostgreSQL, Redis, auth guard, filters) on a free port, with
 * the reference data, the clock and the token keys replaced, and a print spool of its own.
 */
export async function startConcernWorld(label: string): Promise<ConcernWorld> {
  const db: TestDatabase = await createTestDatabase(
    `bekymringsmelding-${label}`,
  );
  await runMigrations(db.url, database, 'bekymringsmelding-test');
  const tokens = await TestTokens.create();
  const queuePrefix = testQueuePrefix(`bm-${label}`);
  const spoolDir = await mkdtemp(join(tmpdir(), 'print-spool-'));
  const env = loadEnv(envSchema, {
    NODE_ENV: 'test',
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    AUTH_ISSUER: tokens.issuer,
    QUEUE_PREFIX: queuePrefix,
    REPORTING_URL: 'http://127.0.0.1:9',
    CONCERN_MASTER_KEY: randomBytes(32).toString('base64'),
    PRINT_SPOOL_DIR: spoolDir,
    SWEEP_INTERVAL_MS: '3600000',
  });
  const clock = new FixedClock(new Date('2026-04-01T08:00:00Z'));
  const moduleRef = await Test.createTestingModule({
    imports: [bekymringsmeldingModule(env)],
  })
    .overrideProvider(AUTH_OPTIONS)
    .useValue(tokens.authOptions('bekymringsmelding'))
    .overrideProvider(KommuneDirectory)
    .useValue(new FixedKommuneDirectory())
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const dataSource = await new DataSource(
    dataSourceOptions(db.url, database, 'bekymringsmelding-test'),
  ).initialize();
  const queues = new Map<string, Queue>();
  const queue = (name: string) => {
    if (!queues.has(name))
      queues.set(
        name,
        new Queue(name, {
          connection: redisOptions(TEST_REDIS_URL),
          prefix: queuePrefix,
        }),
      );
    return queues.get(name) as Queue;
  };
  return {
    app,
    dataSource,
    clock,
    spoolDir,
    async call(method, path, caller, body, rawBody, extraHeaders = {}) {
      const headers: Record<string, string> = { ...extraHeaders };
      if (caller)
        headers['authorization'] = await tokens.bearer({
          audience: 'bekymringsmelding',
          sub: caller.id,
          grants: caller.grants,
        });
      if (body !== undefined || rawBody !== undefined)
        headers['content-type'] = 'application/json';
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers,
        body:
          rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const type = response.headers.get('content-type') ?? '';
      return {
        status: response.status,
        headers: response.headers,
        bytes,
        body: type.includes('json') ? JSON.parse(bytes.toString('utf8')) : null,
      };
    },
    async add(contract, jobId, payload) {
      const meta = { requestId: jobId, enqueuedAt: new Date().toISOString() };
      await queue(contract.queue).add(
        contract.job,
        { meta, payload },
        { jobId, attempts: 1 },
      );
    },
    async jobs<T>(name: string) {
      const jobs = await queue(name).getJobs([
        'waiting',
        'delayed',
        'active',
        'completed',
      ]);
      return jobs
        .sort((a, b) => a.timestamp - b.timestamp)
        .map((job) => ({
          id: job.id ?? '',
          payload: (job.data as { payload: T }).payload,
        }));
    },
    async close() {
      await app.close();
      for (const q of queues.values()) await q.close();
      await dataSource.destroy();
      await db.drop();
      await rm(spoolDir, { recursive: true, force: true });
      const redis = new Redis(TEST_REDIS_URL);
      const keys = await redis.keys(`${queuePrefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

export const QUEUES = {
  commands: workflowCommand.queue,
  email: sendEmail.queue,
  results: externalTaskResult.queue,
};
