import { AUTH_OPTIONS } from '@bvr/auth';
import { TestTokens } from '@bvr/auth/testing';
import { sendEmail } from '@bvr/contracts';
import { redisOptions, runMigrations } from '@bvr/service-kit';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  TestDatabase,
  testQueuePrefix,
} from '@bvr/service-kit/testing';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Job, Queue, QueueEvents } from 'bullmq';
import { notificationModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';
import { database } from '../../src/database';
import { TestSmtpServer } from '../support/test-smtp-server';

const ADMIN = ['platform-admin@national'];
const CASEWORKER = ['statsforvalter-caseworker@office:sf-vestland'];
const REPORTER = ['unit-reporter@unit:4601'];

/**
 * Real: PostgreSQL with migrations, Redis and BullMQ, an SMTP server, the HTTP API with token checks.
 * The producer is a plain BullMQ client with a short retry policy, so the failure path runs in a second.
 */
describe('e-mail delivery status, failure and retry', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let url: string;
  let tokens: TestTokens;
  let producer: Queue;
  let events: QueueEvents;
  const smtp = new TestSmtpServer();
  const prefix = testQueuePrefix('notification-status');

  beforeAll(async () => {
    db = await createTestDatabase('notification-status');
    await runMigrations(db.url, database, 'notification');
    tokens = await TestTokens.create();
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
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    const connection = redisOptions(TEST_REDIS_URL);
    producer = new Queue(sendEmail.queue, { connection, prefix });
    events = new QueueEvents(sendEmail.queue, { connection, prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await producer?.obliterate({ force: true }).catch(() => undefined);
    await producer?.close();
    await app?.close();
    await smtp.close();
    await db?.drop();
  });

  async function call(method: string, path: string, grants: string[] | null) {
    const headers: Record<string, string> = {};
    if (grants)
      headers.authorization = await tokens.bearer({
        audience: 'notification',
        grants,
      });
    const response = await fetch(`${url}${path}`, { method, headers });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** Two attempts 50 ms apart, instead of the contract's eight with exponential backoff. */
  function send(idempotencyKey: string) {
    return producer.add(
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
      {
        jobId: `email.${idempotencyKey}`,
        attempts: 2,
        backoff: { type: 'fixed', delay: 50 },
        removeOnFail: false,
      },
    );
  }

  it('logs an e-mail SMTP refused on every attempt as failed, without the address, and an admin retries it', async () => {
    // given: the relay refuses the recipient
    smtp.refuseRecipients = true;
    const job = await send('returned-1');

    // when: both attempts fail
    await expect(job.waitUntilFinished(events, 15000)).rejects.toThrow(/550/);

    // then: the failure is visible to admins, with attempts and the reason, masked
    const failed = await call('GET', '/emails?status=failed', ADMIN);
    expect(failed.status).toBe(200);
    expect(failed.body.items).toEqual([
      expect.objectContaining({
        id: 'returned-1',
        template: 'report-returned',
        status: 'failed',
        attempts: 2,
        sentAt: null,
      }),
    ]);
    expect(failed.body.items[0].lastError).toContain(
      'Recipient address rejected',
    );
    expect(failed.body.items[0].lastError).not.toContain('kari.nordmann');
    expect(smtp.received).toHaveLength(0);

    // when: the relay is fixed and an admin retries
    smtp.refuseRecipients = false;
    const retried = await call('POST', '/emails/returned-1/retry', ADMIN);
    expect(retried).toEqual({ status: 202, body: { status: 'queued' } });
    const again = await Job.fromId(producer, 'email.returned-1');
    await expect(again?.waitUntilFinished(events, 15000)).resolves.toEqual({
      status: 'sent',
    });

    // then: it was sent once, with the link to the report, and the log says so
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].raw).toContain(
      'http://gateway.test/rapportering/7/4601',
    );
    const sent = await call('GET', '/emails?status=sent', ADMIN);
    expect(sent.body.items).toEqual([
      expect.objectContaining({
        id: 'returned-1',
        status: 'sent',
        attempts: 3,
      }),
    ]);
    expect((await call('GET', '/emails?status=failed', ADMIN)).body.total).toBe(
      0,
    );
  });

  it('refuses to retry an e-mail that was sent, or that it does not know', async () => {
    const job = await send('returned-2');
    await expect(job.waitUntilFinished(events, 15000)).resolves.toEqual({
      status: 'sent',
    });

    await expect(
      call('POST', '/emails/returned-2/retry', ADMIN),
    ).resolves.toMatchObject({
      status: 409,
      body: { code: 'COMMON.CONFLICT' },
    });
    await expect(
      call('POST', '/emails/unknown/retry', ADMIN),
    ).resolves.toMatchObject({
      status: 404,
      body: { code: 'COMMON.NOT_FOUND' },
    });
  });

  it('lets platform admins only see and retry e-mails', async () => {
    for (const [method, path] of [
      ['GET', '/emails?status=failed'],
      ['POST', '/emails/returned-1/retry'],
    ]) {
      expect((await call(method, path, CASEWORKER)).status).toBe(403);
      expect((await call(method, path, REPORTER)).status).toBe(403);
      expect((await call(method, path, null)).status).toBe(401);
    }
    expect((await call('GET', '/emails', ADMIN)).status).toBe(200);
  });
});
