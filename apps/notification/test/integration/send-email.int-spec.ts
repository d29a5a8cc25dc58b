import { sendEmail } from '@bvr/contracts';
import {
  ContractViolationError,
  enqueue,
  redisOptions,
  runMigrations,
} from '@bvr/service-kit';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  testQueuePrefix,
  TestDatabase,
} from '@bvr/service-kit/testing';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue, QueueEvents } from 'bullmq';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { notificationModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';
import { database } from '../../src/database';

interface ReceivedMail {
  to: string[];
  raw: string;
}

/** Real PostgreSQL, real Redis, a real SMTP server; the producer is a separate BullMQ client, as another service would be. */
describe('send-email over real Redis', () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let smtp: SMTPServer;
  let producer: Queue;
  let events: QueueEvents;
  const received: ReceivedMail[] = [];
  const prefix = testQueuePrefix('notification');

  beforeAll(async () => {
    db = await createTestDatabase('notification');
    await runMigrations(db.url, database, 'notification');
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    const env = envSchema.parse({
      PORT: '1',
      LOG_LEVEL: 'silent',
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    });
    app = await NestFactory.createApplicationContext(notificationModule(env), {
      logger: false,
    });
    await app.init();
    producer = new Queue(sendEmail.queue, {
      connection: redisOptions(TEST_REDIS_URL),
      prefix,
    });
    events = new QueueEvents(sendEmail.queue, {
      connection: redisOptions(TEST_REDIS_URL),
      prefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events?.close();
    await producer?.obliterate({ force: true }).catch(() => undefined);
    await producer?.close();
    await app?.close();
    await new Promise<void>((resolve) =>
      smtp ? smtp.close(() => resolve()) : resolve(),
    );
    await db?.drop();
  });

  it('delivers a valid message to SMTP exactly once, even when enqueued twice', async () => {
    const payload = {
      idempotencyKey: 'report-42-submitted',
      template: 'test-message' as const,
      to: ['saksbehandler@statsforvalteren.no'],
      params: { text: 'Rapporten for Bergen er sendt inn.' },
    };
    const job = await enqueue(producer, sendEmail, payload, {
      jobId: payload.idempotencyKey,
    });
    await expect(job.waitUntilFinished(events, 15000)).resolves.toEqual({
      status: 'sent',
    });
    const again = await enqueue(producer, sendEmail, payload, {
      jobId: `${payload.idempotencyKey}-redelivered`,
    });
    await expect(again.waitUntilFinished(events, 15000)).resolves.toEqual({
      status: 'skipped',
      reason: 'already sent',
    });

    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['saksbehandler@statsforvalteren.no']);
    expect(received[0].raw).toContain(
      'Subject: Testmelding fra Barnevernsrapportering',
    );
    // Any resend of this key (a crash before the sent-record) carries the same Message-ID.
    expect(received[0].raw).toMatch(/^Message-ID: <[0-9a-f]{40}@/im);
    const rows = await app
      .get(DataSource)
      .query('SELECT template, recipient_count FROM notification.sent_email');
    expect(rows).toEqual([{ template: 'test-message', recipient_count: 1 }]);
  });

  it('rejects a malformed message to the failed state with its validation error, without retrying or sending', async () => {
    const before = received.length;
    const job = await producer.add(
      sendEmail.job,
      {
        meta: {
          requestId: 'req-malformed',
          enqueuedAt: new Date().toISOString(),
        },
        payload: {
          idempotencyKey: 'bad-1',
          template: 'test-message',
          to: ['not-an-address'],
          params: { text: 'x' },
        },
      },
      { attempts: 5 },
    );
    await expect(job.waitUntilFinished(events, 15000)).rejects.toThrow(
      /Invalid message on notification\.email: payload\.to\.0: Invalid email address/,
    );

    const failed = await Job.fromId(producer, job.id as string);
    expect(await failed?.getState()).toBe('failed');
    expect(failed?.attemptsMade).toBe(1);
    expect(received.length).toBe(before);
  });

  it('refuses to enqueue an invalid payload on the producer side, so nothing reaches the queue', async () => {
    const counts = await producer.getJobCounts();
    await expect(
      enqueue(
        producer,
        sendEmail,
        { idempotencyKey: '', template: 'test-message', to: [], params: {} },
        { jobId: 'never' },
      ),
    ).rejects.toBeInstanceOf(ContractViolationError);
    expect(await producer.getJobCounts()).toEqual(counts);
    expect(await producer.getJob('never')).toBeUndefined();
  });
});
