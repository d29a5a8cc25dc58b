/**
 * The citizen's receipt e-mail is never lost and its address never kept long: it is stored sealed in
 * the outbox with the message, queued after commit and then deleted; a row left behind (Redis away)
 * is sent by the sweeper, once, or deleted unsent after a day.
 * Real: PostgreSQL, Redis, the migrations, the whole bekymringsmelding module. Simulated: Redis
 * refusing a job (the e-mail queue's `add` rejects), a crash after the enqueue (the row delete
 * rejects) and time passing (the fixed clock moved).
 */
import { sendEmail } from '@bvr/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { ReceiptOutbox } from '../../src/modules/intake/receipt-outbox';
import { ReceiptOutboxSweeper } from '../../src/modules/intake/receipt-outbox.sweeper';
import { RetentionSweeper } from '../../src/modules/retention/retention.sweeper';
import {
  bergenAdmin,
  bergenSetup,
  privateReport,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  QUEUES,
  startConcernWorld,
} from '../support/concern-test-app';

const HOUR_MS = 60 * 60 * 1000;

interface EmailPayload {
  idempotencyKey: string;
  template: string;
  to: string[];
  params: { recipientName: string; reference: string; sentAt: string };
}

describe('the receipt e-mail outbox', () => {
  let world: ConcernWorld;
  let emailQueue: Queue;
  let outbox: ReceiptOutbox;
  let sweeper: ReceiptOutboxSweeper;
  let start: Date;

  beforeAll(async () => {
    world = await startConcernWorld('receipt-outbox');
    const setup = await world.call(
      'PUT',
      '/kommuner/4601/tjeneste',
      bergenAdmin,
      bergenSetup(),
    );
    expect(setup.status).toBe(201);
    emailQueue = world.app.get<Queue>(getQueueToken(sendEmail.queue));
    outbox = world.app.get(ReceiptOutbox);
    sweeper = world.app.get(ReceiptOutboxSweeper);
    start = world.clock.now();
  });
  afterEach(() => {
    jest.restoreAllMocks();
    world.clock.set(start);
  });
  afterAll(() => world?.close());

  const send = (address: string, key?: string) =>
    world.call(
      'POST',
      '/meldinger/privat',
      null,
      privateReport({ kvitteringEpost: address }),
      undefined,
      key ? { 'Idempotency-Key': key } : {},
    );
  const redisRefusesNextEmail = () =>
    jest
      .spyOn(emailQueue, 'add')
      .mockRejectedValueOnce(new Error('Redis is away'));
  const outboxRowsOf = async (referanse: string) =>
    (await world.dataSource.query(
      `SELECT o.* FROM bekymringsmelding.receipt_outbox o
         JOIN bekymringsmelding.concern_message m ON m.id = o.message_id
        WHERE m.referanse = $1`,
      [referanse],
    )) as Array<{ message_id: string; sealed_job: Buffer; created_at: Date }>;
  const messagesWith = async (referanse: string) =>
    (await world.dataSource.query(
      `SELECT id FROM bekymringsmelding.concern_message WHERE referanse = $1`,
      [referanse],
    )) as Array<{ id: string }>;
  const receiptMailsOf = async (referanse: string) =>
    (await world.jobs<EmailPayload>(QUEUES.email)).filter(
      (job) => job.payload.params.reference === referanse,
    );
  /** A message whose receipt Redis refused: its e-mail waits in the outbox. */
  const sentWhileRedisAway = async (address: string, key?: string) => {
    redisRefusesNextEmail();
    const sent = await send(address, key);
    expect(sent.status).toBe(201);
    expect(await outboxRowsOf(sent.body.referanse)).toHaveLength(1);
    return sent.body.referanse as string;
  };

  it('queues the receipt e-mail with the reference as job id and leaves nothing in the outbox', async () => {
    // when
    const sent = await send('synne@example.test');

    // then
    expect(sent.status).toBe(201);
    const referanse = sent.body.referanse;
    expect(await receiptMailsOf(referanse)).toEqual([
      {
        id: `bekymringsmelding-kvittering-${referanse}`,
        payload: {
          idempotencyKey: `bekymringsmelding-kvittering-${referanse}`,
          template: 'concern-received',
          to: ['synne@example.test'],
          params: {
            recipientName: 'Bergen kommune, bydel Bergenhus',
            reference: referanse,
            sentAt: expect.any(String),
          },
        },
      },
    ]);
    expect(await outboxRowsOf(referanse)).toEqual([]);
  });

  it('stores the message and keeps the e-mail sealed in the outbox when Redis refuses it, and the sweeper sends it once', async () => {
    // given
    const address = 'borte.redis@example.test';
    redisRefusesNextEmail();

    // when
    const sent = await send(address);

    // then: the message is stored and answered, its receipt waits sealed
    expect(sent.status).toBe(201);
    const referanse = sent.body.referanse;
    expect(await messagesWith(referanse)).toHaveLength(1);
    expect(await receiptMailsOf(referanse)).toEqual([]);
    const [row] = await outboxRowsOf(referanse);
    expect(row.sealed_job.includes(address)).toBe(false);
    expect(row.sealed_job.includes(Buffer.from(address, 'utf16le'))).toBe(
      false,
    );
    expect(JSON.stringify(row)).not.toContain(address);

    // when: the sweeper runs
    await expect(sweeper.sweep()).resolves.toBe(1);

    // then
    const mails = await receiptMailsOf(referanse);
    expect(mails.map((job) => [job.id, job.payload.to])).toEqual([
      [`bekymringsmelding-kvittering-${referanse}`, [address]],
    ]);
    expect(await outboxRowsOf(referanse)).toEqual([]);
  });

  it('sends one e-mail when the sweeper runs twice, also after a crash between enqueue and delete', async () => {
    // given: a receipt left behind, and a first sweep that dies after the enqueue
    const referanse = await sentWhileRedisAway('to.ganger@example.test');
    jest
      .spyOn(outbox, 'remove')
      .mockRejectedValueOnce(new Error('the process died'));
    await expect(sweeper.sweep()).resolves.toBe(0);
    expect(await outboxRowsOf(referanse)).toHaveLength(1);

    // when
    await expect(sweeper.sweep()).resolves.toBe(1);
    await expect(sweeper.sweep()).resolves.toBe(0);

    // then
    expect(await receiptMailsOf(referanse)).toHaveLength(1);
    expect(await outboxRowsOf(referanse)).toEqual([]);
  });

  it('deletes unsent a receipt left in the outbox for more than a day', async () => {
    // given
    const referanse = await sentWhileRedisAway('for.sent@example.test');

    // when: Redis came back only 25 hours later
    world.clock.set(new Date(start.getTime() + 25 * HOUR_MS));
    await sweeper.sweep();

    // then
    expect(await outboxRowsOf(referanse)).toEqual([]);
    expect(await receiptMailsOf(referanse)).toEqual([]);
    expect(await messagesWith(referanse)).toHaveLength(1);
  });

  it('keeps a receipt younger than a day, to send it', async () => {
    // given
    const referanse = await sentWhileRedisAway('snart@example.test');

    // when
    world.clock.set(new Date(start.getTime() + 23 * HOUR_MS));
    await sweeper.sweep();

    // then
    expect(await receiptMailsOf(referanse)).toHaveLength(1);
    expect(await outboxRowsOf(referanse)).toEqual([]);
  });

  it('lets the retention sweep delete an address the outbox sweeper never got to', async () => {
    // given
    const referanse = await sentWhileRedisAway('glemt@example.test');

    // when
    world.clock.set(new Date(start.getTime() + 31 * 24 * HOUR_MS));
    await world.app.get(RetentionSweeper).sweep();

    // then
    expect(await outboxRowsOf(referanse)).toEqual([]);
  });

  it('answers a resend with the same key without a second outbox row or e-mail', async () => {
    // given: the first send's receipt is left in the outbox
    const key = randomUUID();
    const referanse = await sentWhileRedisAway('igjen@example.test', key);

    // when the citizen presses «Send» again
    const again = await send('igjen@example.test', key);

    // then
    expect([again.status, again.body.referanse]).toEqual([201, referanse]);
    expect(await outboxRowsOf(referanse)).toHaveLength(1);
    expect(await receiptMailsOf(referanse)).toEqual([]);
    await sweeper.sweep();
    expect(await receiptMailsOf(referanse)).toHaveLength(1);
  });
});
