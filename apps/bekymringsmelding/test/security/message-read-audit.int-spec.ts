/**
 * Every operation of the OpenAPI document that reads a bekymringsmelding is in the table below: the
 * ones that answer its content leave an audit row (who, when) in the same transaction as the read,
 * and the others answer none of its content. A new operation on a message fails the spec until it
 * is decided here. Real: PostgreSQL, Redis, the migrations, the encryption, the PDF.
 */
import {
  arnaCaseworker,
  bergenAdmin,
  bergenCaseworker,
  bergenhusCaseworker,
  bergenSetup,
  privateReport,
  SECRET_TEXT,
  stavangerCaseworker,
  withoutRole,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  startConcernWorld,
  type TestCaller,
} from '../support/concern-test-app';
import { fillPath, openApiOperations } from './openapi-security-support';

/** What the seeded report holds that only its PDF may show: names, phone, address, the text. */
const CONTENT = [
  SECRET_TEXT,
  'Lillegutt',
  'Synne Syntetisk',
  '90000000',
  'Testveien',
];

interface MessageOperation {
  /** `content`: answers what the report says; `metadata`: only where it is and what became of it. */
  answers: 'content' | 'metadata';
  /** The audit row a successful call leaves; required for every content read. */
  audited?: 'downloaded' | 'confirmed';
  /** The message must have been downloaded first. */
  afterDownload?: true;
}

const MESSAGE_OPERATIONS: Record<string, MessageOperation> = {
  'GET /mottak': { answers: 'metadata' },
  'GET /mottak/{id}': { answers: 'metadata' },
  'GET /mottak/{id}/pdf': { answers: 'content', audited: 'downloaded' },
  'POST /mottak/{id}/bekreft': {
    answers: 'metadata',
    audited: 'confirmed',
    afterDownload: true,
  },
};

describe('the audit of every read of a bekymringsmelding', () => {
  let world: ConcernWorld;
  let documented: { key: string; method: string; path: string }[];

  const send = async () => {
    const sent = await world.call(
      'POST',
      '/meldinger/privat',
      null,
      privateReport(),
    );
    const [row] = await world.dataSource.query(
      `SELECT id FROM bekymringsmelding.concern_message WHERE referanse = $1`,
      [sent.body.referanse],
    );
    return row.id as string;
  };
  const auditOf = (id: string) =>
    world.dataSource.query(
      `SELECT action, actor, at FROM bekymringsmelding.concern_audit WHERE message_id = $1 ORDER BY id`,
      [id],
    ) as Promise<{ action: string; actor: string; at: Date }[]>;
  const call = (key: string, id: string, caller: TestCaller | null) => {
    const operation = documented.find((candidate) => candidate.key === key);
    if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
    return world.call(
      operation.method,
      fillPath(operation.path, { id }),
      caller,
    );
  };

  beforeAll(async () => {
    world = await startConcernWorld('security-audit');
    documented = openApiOperations(world.app);
    const setUp = await world.call(
      'PUT',
      '/kommuner/4601/tjeneste',
      bergenAdmin,
      bergenSetup(),
    );
    if (setUp.status !== 201) throw new Error('could not set up Bergen');
  });

  afterAll(async () => {
    await world?.close();
  });

  it('has a decision for every operation of the document on received messages', () => {
    const onMessages = documented
      .map(({ key }) => key)
      .filter((key) => / \/mottak(\/|$)/.test(key));

    expect(onMessages.sort()).toEqual(Object.keys(MESSAGE_OPERATIONS).sort());
  });

  it('audits every operation that answers content', () => {
    const unaudited = Object.entries(MESSAGE_OPERATIONS).filter(
      ([, operation]) => operation.answers === 'content' && !operation.audited,
    );

    expect(unaudited).toEqual([]);
  });

  it.each(
    Object.entries(MESSAGE_OPERATIONS).filter(([, { audited }]) => audited),
  )(
    '%s leaves one audit row with who and when for each successful call',
    async (key, { audited, afterDownload }) => {
      const id = await send();
      if (afterDownload)
        await call('GET /mottak/{id}/pdf', id, bergenhusCaseworker);
      const before = await auditOf(id);
      world.clock.set(new Date('2026-04-02T10:15:00Z'));

      const reply = await call(key, id, bergenCaseworker);

      expect(reply.status).toBe(200);
      expect((await auditOf(id)).slice(before.length)).toEqual([
        {
          action: audited,
          actor: bergenCaseworker.id,
          at: new Date('2026-04-02T10:15:00Z'),
        },
      ]);
    },
  );

  it('audits each download again, by whoever downloads', async () => {
    const id = await send();
    world.clock.set(new Date('2026-04-02T11:00:00Z'));
    await call('GET /mottak/{id}/pdf', id, bergenhusCaseworker);
    world.clock.set(new Date('2026-04-02T11:30:00Z'));
    await call('GET /mottak/{id}/pdf', id, bergenCaseworker);

    expect(await auditOf(id)).toEqual([
      {
        action: 'downloaded',
        actor: bergenhusCaseworker.id,
        at: new Date('2026-04-02T11:00:00Z'),
      },
      {
        action: 'downloaded',
        actor: bergenCaseworker.id,
        at: new Date('2026-04-02T11:30:00Z'),
      },
    ]);
    const view = await call('GET /mottak/{id}', id, bergenhusCaseworker);
    expect(view.body).toEqual(
      expect.objectContaining({
        nedlastinger: 2,
        sistLastetNed: {
          av: bergenCaseworker.id,
          tidspunkt: '2026-04-02T11:30:00.000Z',
        },
      }),
    );
  });

  it('serves no content when the audit row cannot be written', async () => {
    const id = await send();
    await world.dataSource.query(`
      CREATE FUNCTION bekymringsmelding.refuse_audit() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON bekymringsmelding.concern_audit
        FOR EACH ROW EXECUTE FUNCTION bekymringsmelding.refuse_audit();`);
    try {
      const pdf = await call('GET /mottak/{id}/pdf', id, bergenhusCaseworker);

      expect(pdf.status).toBeGreaterThanOrEqual(500);
      expect(pdf.bytes.toString('latin1')).not.toContain('%PDF-');
    } finally {
      await world.dataSource.query(`
        DROP TRIGGER refuse_audit ON bekymringsmelding.concern_audit;
        DROP FUNCTION bekymringsmelding.refuse_audit();`);
    }
    const [row] = await world.dataSource.query(
      `SELECT downloads, last_download_by FROM bekymringsmelding.concern_message WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ downloads: 0, last_download_by: null });
  });

  it('leaves no audit row, and shows nothing, to a caller who may not read the message', async () => {
    const id = await send();
    const refused: number[] = [];
    for (const key of Object.keys(MESSAGE_OPERATIONS).filter((k) =>
      k.includes('{id}'),
    ))
      for (const caller of [
        null,
        withoutRole,
        bergenAdmin,
        arnaCaseworker,
        stavangerCaseworker,
      ]) {
        const reply = await call(key, id, caller);
        refused.push(reply.status);
        expect(reply.bytes.toString('utf8')).not.toContain('Lillegutt');
      }

    expect(refused.every((status) => [401, 403, 404].includes(status))).toBe(
      true,
    );
    expect(await auditOf(id)).toEqual([]);
  });

  it.each(
    Object.entries(MESSAGE_OPERATIONS).filter(
      ([, { answers }]) => answers === 'metadata',
    ),
  )('%s answers none of the content', async (key, { afterDownload }) => {
    const id = await send();
    if (afterDownload)
      await call('GET /mottak/{id}/pdf', id, bergenhusCaseworker);

    const reply = await call(key, id, bergenhusCaseworker);

    expect(reply.status).toBe(200);
    const text = reply.bytes.toString('utf8');
    expect(text).toContain(id.slice(0, 8));
    expect(CONTENT.filter((secret) => text.includes(secret))).toEqual([]);
  });
});
