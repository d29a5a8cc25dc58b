import { ExternalTaskConsumer } from './external-task-consumer';
import { AUTH_OPTIONS } from '@bvr/auth';
import { TestTokens } from '@bvr/auth/testing';
import {
  envelopeSchema,
  externalTaskResult,
  ExternalTaskResult,
  workflowCommand,
  WorkflowCommand,
} from '@bvr/contracts';
import {
  DomainErrorFilter,
  enqueue,
  loadEnv,
  redisOptions,
  runMigrations,
  Clock,
  FixedClock,
} from '@bvr/service-kit';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  testQueuePrefix,
  TestDatabase,
} from '@bvr/service-kit/testing';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { workflowModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';
import { database } from '../../src/database';
import { configureWorkflowApp } from '../../src/configure-app';

export const REPO_BPMN_DIR = resolve(__dirname, '../../../../bpmn');

/** Someone calling the workflow API: their id and grants, signed into an access token per call. */
export interface TestCaller {
  id: string;
  grants: string[];
}

export const admin: TestCaller = {
  id: 'admin-1',
  grants: ['platform-admin@national'],
};
export const vestland: TestCaller = {
  id: 'sf-vestland-1',
  grants: ['statsforvalter-caseworker@office:sf-vestland'],
};
export const vestland2: TestCaller = {
  id: 'sf-vestland-2',
  grants: ['statsforvalter-caseworker@office:sf-vestland'],
};
export const oslo: TestCaller = {
  id: 'sf-oslo-1',
  grants: ['statsforvalter-caseworker@office:sf-oslo-viken'],
};
/** A reporter in Bergen (4601), the kommune of the halvårsrapport factory's reports. */
export const bergen: TestCaller = {
  id: 'reporter-4601-1',
  grants: ['unit-reporter@unit:4601'],
};
export const stavanger: TestCaller = {
  id: 'reporter-1103-1',
  grants: ['unit-reporter@unit:1103'],
};

/** An `authorization` header for `caller`, as the gateway would send it. */
export const bearerFor = (tokens: TestTokens, caller: TestCaller) =>
  tokens.bearer({
    audience: 'workflow',
    sub: caller.id,
    grants: caller.grants,
  });

export interface Call {
  /** Who calls; `null` for a call without a token. Default: an admin. */
  principal?: TestCaller | null;
  body?: unknown;
  xml?: string;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply = { status: number; body: any; text: string };

/** One test file's world: its own database and BullMQ prefix, shared by the app instances it starts. */
export interface WorkflowWorld {
  db: TestDatabase;
  prefix: string;
  dataSource: DataSource;
  clock: FixedClock;
  /** Signs the callers' access tokens; the apps trust its key. */
  tokens: TestTokens;
  start(options?: { bpmnDir?: string }): Promise<WorkflowTestApp>;
  /** Answers an external task as its handler would, on the result queue. */
  answer(result: ExternalTaskResult): Promise<void>;
  /** The `workflow.command` queue, as another service produces to it. */
  commands: Queue;
  /**
   * Sends a command as reporting would: job id = command id unless `jobId` says otherwise, the
   * contract's attempts and backoff unless `retry` overrides them (to see a give-up quickly).
   */
  command(
    command: WorkflowCommand,
    options?: { jobId?: string; retry?: { attempts: number; delayMs: number } },
  ): Promise<Job>;
  close(): Promise<void>;
}

export interface WorkflowTestApp {
  app: INestApplication;
  call(method: string, path: string, call?: Call): Promise<Reply>;
  close(): Promise<void>;
}

/** The e-mail topics of the shipped models: most tests let identity's part answer them at once. */
const NOTIFICATION_TOPICS = [
  'identity.notify-report-received',
  'identity.notify-report-returned',
];

export async function createWorkflowWorld(
  label: string,
  options: { answerNotifications?: boolean } = {},
): Promise<WorkflowWorld> {
  const db = await createTestDatabase(`workflow-${label}`);
  await runMigrations(db.url, database, 'workflow-test');
  const prefix = testQueuePrefix(`workflow-${label}`);
  const dataSource = await new DataSource({
    type: 'postgres',
    url: db.url,
    entities: database.entities,
  }).initialize();
  const clock = new FixedClock(new Date());
  const results = new Queue(externalTaskResult.queue, {
    connection: redisOptions(TEST_REDIS_URL),
    prefix,
  });
  const commands = new Queue(workflowCommand.queue, {
    connection: redisOptions(TEST_REDIS_URL),
    prefix,
  });
  const apps: WorkflowTestApp[] = [];
  const tokens = await TestTokens.create();
  const answer = async (result: ExternalTaskResult) => {
    await enqueue(results, externalTaskResult, result, {
      jobId: `result.${result.jobId}.${randomUUID()}`,
    });
  };
  const notifications =
    options.answerNotifications === false
      ? []
      : NOTIFICATION_TOPICS.map(
          (topic) =>
            new ExternalTaskConsumer(topic, prefix, (payload) =>
              answer({
                jobId: payload.jobId,
                outcome: 'completed',
                variables: {},
              }),
            ),
        );
  return {
    db,
    prefix,
    dataSource,
    clock,
    tokens,
    start: async (options = {}) => {
      const app = await startApp(
        db.url,
        prefix,
        clock,
        tokens,
        options.bpmnDir ?? REPO_BPMN_DIR,
      );
      apps.push(app);
      return app;
    },
    answer,
    commands,
    command: async (command, options = {}) => {
      const jobId = options.jobId ?? command.commandId;
      if (!options.retry)
        return enqueue(commands, workflowCommand, command, { jobId });
      const envelope = envelopeSchema(workflowCommand.payload).parse({
        meta: { requestId: randomUUID(), enqueuedAt: new Date().toISOString() },
        payload: command,
      });
      return commands.add(workflowCommand.job, envelope, {
        jobId,
        attempts: options.retry.attempts,
        backoff: { type: 'fixed', delay: options.retry.delayMs },
      });
    },
    close: async () => {
      await Promise.all(apps.map((app) => app.close().catch(() => undefined)));
      await Promise.all(notifications.map((consumer) => consumer.close()));
      await results.close();
      await commands.close();
      await deleteKeys(prefix);
      await dataSource.destroy();
      await db.drop();
    },
  };
}

async function startApp(
  databaseUrl: string,
  prefix: string,
  clock: Clock,
  tokens: TestTokens,
  bpmnDir: string,
): Promise<WorkflowTestApp> {
  const env = loadEnv(envSchema, {
    NODE_ENV: 'test',
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    BPMN_DIR: bpmnDir,
    AUTH_ISSUER: tokens.issuer,
    RELAY_POLL_MS: '200',
    TIMER_SWEEP_MS: '600000',
    JOB_RETRY_DELAY_MS: '20',
  });
  const moduleRef = await Test.createTestingModule({
    imports: [workflowModule(env)],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .overrideProvider(AUTH_OPTIONS)
    .useValue(tokens.authOptions('workflow'))
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: false,
  });
  configureWorkflowApp(app);
  app.useGlobalFilters(new DomainErrorFilter());
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let closed = false;
  return {
    app,
    call: async (method, path, call = {}) => {
      const headers: Record<string, string> = {};
      const principal = call.principal === undefined ? admin : call.principal;
      if (principal)
        headers['authorization'] = await bearerFor(tokens, principal);
      let body: string | undefined;
      if (call.xml !== undefined) {
        headers['content-type'] = 'application/xml';
        body = call.xml;
      } else if (call.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(call.body);
      }
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body,
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // XML and empty bodies stay text.
      }
      return { status: response.status, body: parsed, text };
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await app.close();
    },
  };
}

async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisOptions(TEST_REDIS_URL));
  try {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
