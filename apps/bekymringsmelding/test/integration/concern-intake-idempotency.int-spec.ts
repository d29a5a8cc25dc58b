/**
 * The intake's `Idempotency-Key` against the real database and Redis: a resend after a lost answer
 * gets the first receipt and stores, starts and e-mails nothing more, also when the resends race;
 * the same key with another report is refused; without a key every send is a new message.
 */
import type { WorkflowCommand } from '@bvr/contracts';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { RetentionSweeper } from '../../src/modules/retention/retention.sweeper';
import {
  bergenAdmin,
  bergenSetup,
  privateReport,
  publicReport,
  withoutRole,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  QUEUES,
  startConcernWorld,
} from '../support/concern-test-app';

describe('bekymringsmelding intake with an idempotency key', () => {
  let world: ConcernWorld;

  beforeAll(async () => {
    world = await startConcernWorld('intake-idempotency');
    const setup = await world.call(
      'PUT',
      '/kommuner/4601/tjeneste',
      bergenAdmin,
      bergenSetup(),
    );
    expect(setup.status).toBe(201);
  });
  afterAll(() => world?.close());

  const sendPrivate = (body: unknown, key?: string) =>
    world.call(
      'POST',
      '/meldinger/privat',
      null,
      body,
      undefined,
      key === undefined ? {} : { 'Idempotency-Key': key },
    );
  const rowsWith = async (referanse: string) =>
    (await world.dataSource.query(
      `SELECT id, idempotency_key, request_hash FROM bekymringsmelding.concern_message WHERE referanse = $1`,
      [referanse],
    )) as Array<{
      id: string;
      idempotency_key: string;
      request_hash: string | null;
    }>;
  const messageCount = async () =>
    Number(
      (
        await world.dataSource.query(
          `SELECT count(*)::int AS n FROM bekymringsmelding.concern_message`,
        )
      )[0].n,
    );
  const startsOf = async (messageId: string) =>
    (await world.jobs<WorkflowCommand>(QUEUES.commands)).filter(
      (job) =>
        job.payload.command === 'start' &&
        job.payload.businessKey === messageId,
    );
  const receiptMailsOf = async (referanse: string) =>
    (
      await world.jobs<{ template: string; params: { reference: string } }>(
        QUEUES.email,
      )
    ).filter((job) => job.payload.params.reference === referanse);
  const later = (minutes: number) =>
    world.clock.set(new Date(world.clock.now().getTime() + minutes * 60_000));

  it('answers a resend with the same key with the first receipt, storing, starting and e-mailing once', async () => {
    // given
    const key = randomUUID();
    const report = privateReport({ kvitteringEpost: 'synne@example.test' });
    const first = await sendPrivate(report, key);
    expect(first.status).toBe(201);
    later(3);

    // when the answer was lost and the citizen presses «Send» again
    const again = await sendPrivate(report, key);

    // then
    expect([again.status, again.body]).toEqual([201, first.body]);
    const rows = await rowsWith(first.body.referanse);
    expect(rows).toHaveLength(1);
    expect(rows[0].idempotency_key).toBe(key);
    expect(rows[0].request_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await startsOf(rows[0].id)).toHaveLength(1);
    expect(await receiptMailsOf(first.body.referanse)).toHaveLength(1);
  });

  it('refuses the same key with another report with 422, writing nothing', async () => {
    // given
    const key = randomUUID();
    const first = await sendPrivate(privateReport(), key);
    expect(first.status).toBe(201);
    const before = await messageCount();
    const commandsBefore = (await world.jobs(QUEUES.commands)).length;

    // when
    const other = await sendPrivate(
      privateReport({ melding: 'En helt annen melding.' }),
      key,
    );

    // then
    expect(other.status).toBe(422);
    expect(other.body).toEqual(
      expect.objectContaining({
        statusCode: 422,
        code: 'COMMON.IDEMPOTENCY_KEY_REUSED',
        message: expect.any(String),
      }),
    );
    expect(JSON.stringify(other.body)).not.toContain(first.body.referanse);
    expect(await messageCount()).toBe(before);
    expect(await world.jobs(QUEUES.commands)).toHaveLength(commandsBefore);
  });

  it('ends ten concurrent sends with one key in one message, all answered with its receipt', async () => {
    // given
    const key = randomUUID();
    const report = privateReport({ kvitteringEpost: 'samtidig@example.test' });
    const before = await messageCount();

    // when
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => sendPrivate(report, key)),
    );

    // then
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    const receipts = new Set(replies.map((r) => JSON.stringify(r.body)));
    expect(receipts.size).toBe(1);
    expect(await messageCount()).toBe(before + 1);
    const [row] = await rowsWith(replies[0].body.referanse);
    expect(await startsOf(row.id)).toHaveLength(1);
    expect(await receiptMailsOf(replies[0].body.referanse)).toHaveLength(1);
  });

  it('stores every send without a key as a new message, as before', async () => {
    const before = await messageCount();
    const one = await sendPrivate(privateReport());
    const two = await sendPrivate(privateReport());
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(one.body.referanse).not.toBe(two.body.referanse);
    expect(await messageCount()).toBe(before + 2);
  });

  it('refuses a malformed key with 400, storing nothing', async () => {
    const before = await messageCount();
    const reply = await sendPrivate(privateReport(), 'kort');
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('COMMON.VALIDATION_FAILED');
    expect(await messageCount()).toBe(before);
  });

  it('refuses a key of a private report on a public one', async () => {
    const key = randomUUID();
    expect((await sendPrivate(privateReport(), key)).status).toBe(201);
    const before = await messageCount();
    const publicSend = await world.call(
      'POST',
      '/meldinger/offentlig',
      withoutRole,
      publicReport(),
      undefined,
      { 'Idempotency-Key': key },
    );
    expect([publicSend.status, publicSend.body.code]).toEqual([
      422,
      'COMMON.IDEMPOTENCY_KEY_REUSED',
    ]);
    expect(await messageCount()).toBe(before);
  });

  it('still answers the first receipt once the retention sweep has deleted the content and its hash', async () => {
    // given
    const key = randomUUID();
    const report = privateReport();
    const first = await sendPrivate(report, key);
    later(31 * 24 * 60);
    expect(await world.app.get(RetentionSweeper).sweep()).toBeGreaterThan(0);

    // when
    const again = await sendPrivate(report, key);

    // then
    expect([again.status, again.body]).toEqual([201, first.body]);
    expect(await rowsWith(first.body.referanse)).toEqual([
      expect.objectContaining({ idempotency_key: key, request_hash: null }),
    ]);
  });

  it('describes the optional header, and its 422, in the OpenAPI document', () => {
    const document = SwaggerModule.createDocument(
      world.app,
      new DocumentBuilder().build(),
    );
    for (const path of ['/meldinger/privat', '/meldinger/offentlig']) {
      const operation = document.paths[path].post;
      expect(operation?.parameters).toContainEqual(
        expect.objectContaining({
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
        }),
      );
      expect(operation?.responses['422']).toBeDefined();
    }
  });
});
