/**
 * The effects of the process's service tasks against the real database: letter post to the print
 * spool, the alert e-mail, SvarInn delivery to a local case system that decrypts it, the confirm from
 * the inbox, the 30-day limit, and that none of them happens to a message that was confirmed.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  DeliverMessages,
  postToCaseSystem,
} from '../../src/modules/delivery/deliver-messages.service';
import { letterTask } from '../../src/modules/delivery/delivery.workers';
import { ReceiveMessages } from '../../src/modules/receipt/receive-messages.service';
import { RetentionSweeper } from '../../src/modules/retention/retention.sweeper';
import {
  createTestCertificate,
  startTestReceiver,
  type TestReceiver,
} from '../../src/modules/svarinn/testing/test-receiver';
import {
  bergenAdmin,
  bergenhusCaseworker,
  bergenSetup,
  privateReport,
  SECRET_TEXT,
  stavangerAdmin,
  unitDetails,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  QUEUES,
  startConcernWorld,
} from '../support/concern-test-app';

describe('bekymringsmelding delivery', () => {
  let world: ConcernWorld;
  let deliver: DeliverMessages;
  let receiver: TestReceiver;

  beforeAll(async () => {
    world = await startConcernWorld('delivery');
    deliver = world.app.get(DeliverMessages);
    expect(
      (
        await world.call(
          'PUT',
          '/kommuner/4601/tjeneste',
          bergenAdmin,
          bergenSetup(),
        )
      ).status,
    ).toBe(201);
    const keys = await createTestCertificate();
    // The test certificate is valid from the second it was made.
    world.clock.set(new Date(Date.now() + 2000));
    receiver = await startTestReceiver(keys);
    const stavanger = await world.call(
      'PUT',
      '/kommuner/1103/tjeneste',
      stavangerAdmin,
      {
        harBydeler: false,
        mottak: 'svarinn',
        svarinn: {
          sertifikat: keys.certificatePem,
          orgnr: '964965226',
          mottaksadresse: receiver.url,
        },
        ...unitDetails('Stavanger'),
      },
    );
    expect([stavanger.status, stavanger.body.message]).toEqual([
      201,
      undefined,
    ]);
    expect(stavanger.body.integrasjon).toEqual({
      integrasjonsId: expect.any(String),
      integrasjonsPassord: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await world?.close();
  });

  const send = async (kommunenummer = '4601') => {
    const sent = await world.call(
      'POST',
      '/meldinger/privat',
      null,
      privateReport({ kommunenummer }),
    );
    expect(sent.status).toBe(201);
    const [row] = await world.dataSource.query(
      `SELECT id FROM bekymringsmelding.concern_message WHERE referanse = $1`,
      [sent.body.referanse],
    );
    return row.id as string;
  };
  const message = async (id: string) =>
    (
      await world.dataSource.query(
        `SELECT status, content FROM bekymringsmelding.concern_message WHERE id = $1`,
        [id],
      )
    )[0];
  const alertsFor = async (jobId: string) =>
    (
      await world.jobs<{
        idempotencyKey: string;
        template: string;
        to: string[];
      }>(QUEUES.email)
    ).filter((job) => job.payload.idempotencyKey === jobId);

  it("sends an unconfirmed message as letter post to the unit's address and deletes it", async () => {
    const id = await send();
    expect(await deliver.sendAsLetter(id)).toBe(true);
    const files = await readdir(world.spoolDir);
    expect(files.sort()).toEqual([`${id}.json`, `${id}.pdf`]);
    const address = JSON.parse(
      await readFile(join(world.spoolDir, `${id}.json`), 'utf8'),
    );
    expect(address.to).toEqual(
      expect.objectContaining({
        navn: 'Barneverntjenesten Bergenhus',
        postnummer: '5020',
      }),
    );
    expect(
      (await readFile(join(world.spoolDir, `${id}.pdf`)))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await message(id)).toEqual({ status: 'SENDT_PRINT', content: null });
    // A retried job finds nothing left to send, and the message can no longer be confirmed.
    expect(await deliver.sendAsLetter(id)).toBe(false);
    const confirm = await world.call(
      'POST',
      `/mottak/${id}/bekreft`,
      bergenhusCaseworker,
    );
    expect(confirm.status).toBe(409);
  });

  it("alerts the unit's alert addresses, without content", async () => {
    const id = await send();
    expect(await deliver.alert('job-alert-1', id)).toBe(true);
    const [alert] = await alertsFor('job-alert-1');
    expect(alert.payload).toEqual(
      expect.objectContaining({
        template: 'concern-alert',
        to: ['varsel@bergen.kommune.test', 'leder@bergen.kommune.test'],
      }),
    );
    expect(JSON.stringify(alert.payload)).not.toContain('Lillegutt');
  });

  it('neither alerts nor posts a confirmed message', async () => {
    const id = await send();
    await world.call('GET', `/mottak/${id}/pdf`, bergenhusCaseworker);
    expect(
      (await world.call('POST', `/mottak/${id}/bekreft`, bergenhusCaseworker))
        .status,
    ).toBe(200);
    expect(await deliver.alert('job-alert-2', id)).toBe(false);
    expect(await alertsFor('job-alert-2')).toEqual([]);
    expect(await deliver.sendAsLetter(id)).toBe(false);
    expect(
      (await readdir(world.spoolDir)).filter((f) => f.startsWith(id)),
    ).toEqual([]);
  });

  it('confirms from the inbox task once, by its completer', async () => {
    const id = await send();
    const receive = world.app.get(ReceiveMessages);
    expect(await receive.confirmFromWorkflow(id, 'tor')).toBe(true);
    expect(await receive.confirmFromWorkflow(id, 'tor')).toBe(false);
    expect(await message(id)).toEqual({ status: 'LEVERT', content: null });
  });

  it('delivers to a SvarInn case system as encrypted ASiC-E, which decrypts it; a failed receipt keeps it for the post', async () => {
    const id = await send('1103');
    expect(await deliver.deliverToCaseSystem(id, postToCaseSystem)).toBe(
      'mottatt',
    );
    const [delivery] = receiver.received;
    const json = JSON.parse(
      String(delivery.files.get('bekymringsmelding.json')),
    );
    expect(json).toEqual(
      expect.objectContaining({
        kommunenummer: '1103',
        bydelsnummer: '00',
        leveringskanal: 'svarinn',
        melding: SECRET_TEXT,
      }),
    );
    expect(
      delivery.files.get('bekymringsmelding.pdf')?.subarray(0, 5).toString(),
    ).toBe('%PDF-');
    expect(await message(id)).toEqual({ status: 'LEVERT', content: null });

    receiver.setAnswer('feilet');
    const failed = await send('1103');
    expect(await deliver.deliverToCaseSystem(failed, postToCaseSystem)).toBe(
      'feilet',
    );
    expect((await message(failed)).status).toBe('AVVIST_FAGSYSTEM');
    expect(await deliver.sendAsLetter(failed)).toBe(true);
    expect((await message(failed)).status).toBe('SENDT_PRINT');
  });

  it("answers the workflow's jobs on the result queue: a letter for an unconfirmed message, an incident for a job without a message id", async () => {
    const id = await send();
    const job = (jobId: string, variables: object) => ({
      jobId,
      topic: 'bekymringsmelding.dispatch-letter',
      processInstanceId: '00000000-0000-4000-8000-000000000001',
      processDefinitionKey: 'bekymringsmelding',
      businessKey: id,
      activityId: 'Task_sendBrevpost',
      attempt: 1,
      variables,
    });
    await world.add(
      letterTask,
      'letter-job-1',
      job('letter-job-1', { messageId: id }),
    );
    await world.add(letterTask, 'letter-job-2', job('letter-job-2', {}));
    const results = async () =>
      (
        await world.jobs<{
          jobId: string;
          outcome: string;
          variables?: object;
          error?: string;
        }>(QUEUES.results)
      ).map((r) => r.payload);
    for (let i = 0; i < 100 && (await results()).length < 2; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await results()).toEqual(
      expect.arrayContaining([
        {
          jobId: 'letter-job-1',
          outcome: 'completed',
          variables: { sentAsLetter: true },
        },
        expect.objectContaining({
          jobId: 'letter-job-2',
          outcome: 'failed',
          error: expect.stringContaining('messageId'),
        }),
      ]),
    );
    expect((await message(id)).status).toBe('SENDT_PRINT');
  });

  it('tells an unreachable case system apart from a refusal', async () => {
    expect(
      await postToCaseSystem(
        'http://127.0.0.1:9/svarinn',
        Buffer.from('x'),
        's',
      ),
    ).toEqual({ outcome: 'unreachable', reason: 'network error bad port' });
  });

  it('audits each attempt on a case system that is down, as the system and with the reason only, and still delivers later', async () => {
    // given
    const id = await send('1103');
    receiver.setAnswer('utilgjengelig');

    // when
    const first = await deliver.deliverToCaseSystem(id, postToCaseSystem);
    const second = await deliver.deliverToCaseSystem(id, postToCaseSystem);

    // then
    expect([first, second]).toEqual(['unreachable', 'unreachable']);
    const audit = await world.dataSource.query(
      `SELECT action, actor, detail FROM bekymringsmelding.concern_audit WHERE message_id = $1 ORDER BY id`,
      [id],
    );
    const down = {
      action: 'case-system-unreachable',
      actor: 'system',
      detail: 'HTTP 503',
    };
    expect(audit).toEqual([down, down]);
    // Kept for the retry or the letter post; the next attempt that gets through delivers it.
    expect((await message(id)).status).toBe('AKSEPTERT');
    receiver.setAnswer('mottatt');
    expect(await deliver.deliverToCaseSystem(id, postToCaseSystem)).toBe(
      'mottatt',
    );
    expect(
      (
        await world.dataSource.query(
          `SELECT action FROM bekymringsmelding.concern_audit WHERE message_id = $1 ORDER BY id`,
          [id],
        )
      ).map((row: { action: string }) => row.action),
    ).toEqual([
      'case-system-unreachable',
      'case-system-unreachable',
      'delivered-to-case-system',
    ]);
  });

  it('audits a case system that cannot be reached at all with the network error', async () => {
    const id = await send('1103');
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    expect(
      await deliver.deliverToCaseSystem(id, (_, body, secret) =>
        postToCaseSystem(`http://127.0.0.1:${closedPort}/`, body, secret),
      ),
    ).toBe('unreachable');
    expect(
      await world.dataSource.query(
        `SELECT action, actor, detail FROM bekymringsmelding.concern_audit WHERE message_id = $1`,
        [id],
      ),
    ).toEqual([
      {
        action: 'case-system-unreachable',
        actor: 'system',
        detail: 'network error ECONNREFUSED',
      },
    ]);
  });

  it('deletes every content older than 30 days, whatever its state', async () => {
    const id = await send();
    world.clock.set(
      new Date(world.clock.now().getTime() + 30 * 24 * 3600_000 + 1000),
    );
    expect(
      await world.app.get(RetentionSweeper).sweep(),
    ).toBeGreaterThanOrEqual(1);
    expect((await message(id)).content).toBeNull();
    const [left] = await world.dataSource.query(
      `SELECT count(*)::int AS n FROM bekymringsmelding.concern_message WHERE content IS NOT NULL`,
    );
    expect(left.n).toBe(0);
  });
});
