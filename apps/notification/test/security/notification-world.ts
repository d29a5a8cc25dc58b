import { AUTH_OPTIONS } from '@bvr/auth';
import { TestTokens } from '@bvr/auth/testing';
import { sendEmail } from '@bvr/contracts';
import { redisOptions, runMigrations } from '@bvr/service-kit';
import {
  createTestDatabase,
  rawClient as rawServiceClient,
  rowCounts as serviceRowCounts,
  TEST_REDIS_URL,
  type TestDatabase,
  testQueuePrefix,
} from '@bvr/service-kit/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { notificationModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';
import { database } from '../../src/database';
import { TestSmtpServer } from '../support/test-smtp-server';

export {
  fillPath,
  openApiOperations,
  type Operation,
  type RawReply,
} from '@bvr/service-kit/testing';

/** Someone calling: the subject, kind and compact grants of an access token. */
export interface TestCaller {
  id: string;
  grants: string[];
  kind?: 'person' | 'machine';
}

export interface NotificationWorld {
  app: INestApplication;
  smtp: TestSmtpServer;
  send: ReturnType<typeof rawServiceClient<TestCaller>>;
  rowCounts(): Promise<Record<string, number>>;
  /** An e-mail the relay refused on its only attempt: logged as failed, its job kept for a retry. */
  failedEmail(idempotencyKey: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The notification module as its integration specs start it (there is no shared harness): real
 * PostgreSQL with migrations, Redis and BullMQ, an SMTP server; faked: the keys tokens are signed with.
 */
export async function startNotificationWorld(
  label: string,
): Promise<NotificationWorld> {
  const db: TestDatabase = await createTestDatabase(`notification-${label}`);
  await runMigrations(db.url, database, 'notification');
  const tokens = await TestTokens.create();
  const smtp = new TestSmtpServer();
  const prefix = testQueuePrefix(`notification-${label}`);
  const env = envSchema.parse({
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    SMTP_URL: await smtp.start(),
    AUTH_ISSUER: TestTokens.ISSUER,
    PUBLIC_URL: 'http://gateway.test',
  });
  const moduleRef = await Test.createTestingModule({
    imports: [notificationModule(env)],
  })
    .overrideProvider(AUTH_OPTIONS)
    .useValue(tokens.authOptions('notification'))
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const connection = redisOptions(TEST_REDIS_URL);
  const producer = new Queue(sendEmail.queue, { connection, prefix });
  const events = new QueueEvents(sendEmail.queue, { connection, prefix });
  await events.waitUntilReady();
  return {
    app,
    smtp,
    send: rawServiceClient(app, (caller: TestCaller) =>
      tokens.bearer({
        audience: 'notification',
        sub: caller.id,
        grants: caller.grants,
        kind: caller.kind,
      }),
    ),
    rowCounts: () => serviceRowCounts(app.get(DataSource), 'notification'),
    async failedEmail(idempotencyKey) {
      smtp.refuseRecipients = true;
      const job = await producer.add(
        sendEmail.job,
        {
          meta: {
            requestId: `req-${idempotencyKey}`,
            enqueuedAt: new Date().toISOString(),
          },
          payload: {
            idempotencyKey,
            template: 'report-returned',
            to: ['kari.nordmann@bergen.kommune.no'],
            params: {
              unitName: 'Bergen',
              periodName: '1. halvår 2026',
              message: 'Tallene for fosterhjem mangler.',
              path: '/rapportering/7/4601',
            },
          },
        },
        { jobId: `email.${idempotencyKey}`, attempts: 1, removeOnFail: false },
      );
      await job.waitUntilFinished(events, 15_000).catch(() => undefined);
    },
    async close() {
      await events.close();
      await producer.obliterate({ force: true }).catch(() => undefined);
      await producer.close();
      await app.close();
      await smtp.close();
      await db.drop();
    },
  };
}
