/**
 * The set-up wizard, the public intake and «Motta bekymringsmeldinger» against the real database:
 * who may call what, where a message lands, that only ciphertext is stored and that a confirm
 * deletes it, and that bad input stores nothing.
 */
import {
  CONCERN_CONFIRMED_MESSAGE,
  type WorkflowCommand,
} from '@bvr/contracts';
import {
  arnaCaseworker,
  bergenAdmin,
  bergenCaseworker,
  bergenhusCaseworker,
  bergenSetup,
  privateReport,
  publicReport,
  SECRET_TEXT,
  stavangerAdmin,
  stavangerCaseworker,
  withoutRole,
} from '../support/concern-fixtures';
import {
  type ConcernWorld,
  QUEUES,
  startConcernWorld,
} from '../support/concern-test-app';

describe('bekymringsmelding intake and receipt', () => {
  let world: ConcernWorld;

  beforeAll(async () => {
    world = await startConcernWorld('intake');
  });
  afterAll(() => world?.close());

  const count = async (table: string) =>
    Number(
      (
        await world.dataSource.query(
          `SELECT count(*)::int AS n FROM bekymringsmelding.${table}`,
        )
      )[0].n,
    );
  /** Every stored byte of the schema's tables, as text and as hex, to search for plaintext. */
  const storedBytes = async () => {
    const rows = (await world.dataSource.query(`
      SELECT (SELECT coalesce(string_agg(t::text, ' '), '') FROM bekymringsmelding.concern_message t) ||
             (SELECT coalesce(string_agg(t::text, ' '), '') FROM bekymringsmelding.concern_audit t) ||
             (SELECT coalesce(string_agg(t::text, ' '), '') FROM bekymringsmelding.receiving_unit t) AS all`)) as Array<{
      all: string;
    }>;
    return rows[0].all;
  };
  const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

  describe('the set-up wizard', () => {
    it("is for the kommune's own service admins only", async () => {
      expect(
        (await world.call('GET', '/kommuner/4601/tjeneste', null)).status,
      ).toBe(401);
      expect(
        (await world.call('GET', '/kommuner/4601/tjeneste', withoutRole))
          .status,
      ).toBe(403);
      expect(
        (await world.call('GET', '/kommuner/4601/tjeneste', stavangerAdmin))
          .status,
      ).toBe(403);
      expect(
        (await world.call('GET', '/kommuner/4601/tjeneste', bergenCaseworker))
          .status,
      ).toBe(403);
      expect(
        (
          await world.call(
            'PUT',
            '/kommuner/4601/tjeneste',
            stavangerAdmin,
            bergenSetup(),
          )
        ).status,
      ).toBe(403);
      for (const [method, path, body] of [
        ['POST', '/kommuner/4601/tjeneste/sertifikat', { sertifikat: 'x' }],
        ['PUT', '/kommuner/4601/standardmottaker', { bydelsnummer: '01' }],
        ['POST', '/kommuner/4601/bydeler', {}],
      ] as const) {
        expect((await world.call(method, path, null, body)).status).toBe(401);
        expect(
          (await world.call(method, path, stavangerAdmin, body)).status,
        ).toBe(403);
        expect(
          (await world.call(method, path, bergenCaseworker, body)).status,
        ).toBe(403);
      }
      const before = await world.call(
        'GET',
        '/kommuner/4601/tjeneste',
        bergenAdmin,
      );
      expect(before.status).toBe(404);
      expect(before.body.code).toBe('BEKYMRINGSMELDING.NOT_SET_UP');
    });

    it('refuses a malformed key and a wrong organisation number with the field named, storing nothing', async () => {
      const svarinn = {
        ...bergenSetup(),
        mottak: 'svarinn',
        svarinn: {
          sertifikat:
            '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----',
          orgnr: '974600951',
          mottaksadresse: 'https://fagsystem.bergen.test/svarinn',
        },
      };
      const badKey = await world.call(
        'PUT',
        '/kommuner/4601/tjeneste',
        bergenAdmin,
        svarinn,
      );
      expect(badKey.status).toBe(422);
      expect(badKey.body.message).toMatch(/sertifikat|nøkkel/i);
      const check = await world.call(
        'POST',
        '/kommuner/4601/tjeneste/sertifikat',
        bergenAdmin,
        {
          sertifikat: 'hello',
        },
      );
      expect(check.status).toBe(422);
      const badOrgnr = await world.call(
        'PUT',
        '/kommuner/4601/tjeneste',
        bergenAdmin,
        {
          ...svarinn,
          svarinn: { ...svarinn.svarinn, orgnr: '974600952' },
        },
      );
      expect(badOrgnr.status).toBe(400);
      expect(badOrgnr.body.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'svarinn.orgnr' }),
        ]),
      );
      expect(await count('concern_service')).toBe(0);
      expect(await count('receiving_unit')).toBe(0);
    });

    it('takes the service into use once, with the default bydel, and then adds bydeler', async () => {
      const put = await world.call(
        'PUT',
        '/kommuner/4601/tjeneste',
        bergenAdmin,
        bergenSetup(),
      );
      expect(put.status).toBe(201);
      expect(put.body.integrasjon).toBeNull();
      expect(put.body.service.bydeler).toEqual([
        expect.objectContaining({
          bydelsnummer: '02',
          bydelsnavn: 'Bergenhus',
          standardMottaker: true,
        }),
      ]);
      expect(
        (
          await world.call(
            'PUT',
            '/kommuner/4601/tjeneste',
            bergenAdmin,
            bergenSetup(),
          )
        ).status,
      ).toBe(409);
      const arna = await world.call(
        'POST',
        '/kommuner/4601/bydeler',
        bergenAdmin,
        {
          bydelsnummer: '01',
          bydelsnavn: 'Arna',
          ...bergenSetup(),
        },
      );
      expect(arna.status).toBe(201);
      expect(
        (
          await world.call('POST', '/kommuner/4601/bydeler', bergenAdmin, {
            bydelsnummer: '01',
            bydelsnavn: 'Arna igjen',
            ...bergenSetup(),
          })
        ).status,
      ).toBe(409);
      expect(
        (
          await world.call('POST', '/kommuner/4601/bydeler', stavangerAdmin, {
            bydelsnummer: '03',
            bydelsnavn: 'Fana',
            ...bergenSetup(),
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await world.call(
            'PUT',
            '/kommuner/4601/standardmottaker',
            bergenAdmin,
            { bydelsnummer: '07' },
          )
        ).status,
      ).toBe(404);
      const recipients = await world.call('GET', '/mottakere', null);
      expect(recipients.status).toBe(200);
      expect(recipients.body).toEqual([
        {
          kommunenummer: '4601',
          kommunenavn: 'Bergen',
          bydeler: [
            { bydelsnummer: '01', bydelsnavn: 'Arna', standardMottaker: false },
            {
              bydelsnummer: '02',
              bydelsnavn: 'Bergenhus',
              standardMottaker: true,
            },
          ],
        },
      ]);
    });

    it('refuses a kommune that does not exist', async () => {
      const admin = { id: 'x', grants: ['concern-admin@unit:9999'] };
      const put = await world.call(
        'PUT',
        '/kommuner/9999/tjeneste',
        admin,
        bergenSetup(),
      );
      expect(put.status).toBe(404);
      expect(await count('concern_service')).toBe(1);
    });
  });

  describe('the public intake', () => {
    let messageId: string;

    it('sends a private report without a bydel to the default bydel, stores only ciphertext and starts the process', async () => {
      const sent = await world.call(
        'POST',
        '/meldinger/privat',
        null,
        privateReport({ kvitteringEpost: 'synne@example.test' }),
      );
      expect(sent.status).toBe(201);
      expect(sent.body).toEqual({
        referanse: expect.stringMatching(/^BM-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
        mottaker: 'Bergen kommune, bydel Bergenhus',
        sendingstidspunkt: '2026-04-01T08:00:00.000Z',
      });
      const [row] = await world.dataSource.query(
        `SELECT id, unit_id, bydelsnummer, letter_post_at, octet_length(content) AS size FROM bekymringsmelding.concern_message`,
      );
      messageId = row.id;
      expect(row.unit_id).toBe('460102');
      expect(row.size).toBeGreaterThan(SECRET_TEXT.length);
      // 5 working days from Wednesday 1 April 2026 skip Easter (2, 3 and 6 April) and a weekend: Monday 13 April.
      expect(row.letter_post_at.toISOString()).toBe('2026-04-13T08:00:00.000Z');
      const stored = await storedBytes();
      expect(stored).not.toContain('Lillegutt');
      expect(stored).not.toContain(hex('Lillegutt'));
      expect(stored).not.toContain('synne@example.test');
      const commands = await world.jobs<WorkflowCommand>(QUEUES.commands);
      expect(commands.map((job) => job.payload)).toEqual([
        expect.objectContaining({
          command: 'start',
          definitionKey: 'bekymringsmelding',
          businessKey: messageId,
          variables: {
            messageId,
            unitId: '460102',
            viaSvarInn: false,
            letterPostAt: '2026-04-13T08:00:00.000Z',
            recipientName: 'Bergen kommune, bydel Bergenhus',
            reference: sent.body.referanse,
            reportingUnitId: '460102',
            reportingUnitName: 'Bergen kommune, bydel Bergenhus',
            submittedAt: '2026-04-01T08:00:00.000Z',
          },
        }),
      ]);
      expect(JSON.stringify(commands)).not.toContain('Lillegutt');
      const emails = await world.jobs<{
        template: string;
        to: string[];
        params: object;
      }>(QUEUES.email);
      expect(emails.map((job) => job.payload)).toEqual([
        expect.objectContaining({
          template: 'concern-received',
          to: ['synne@example.test'],
        }),
      ]);
      expect(JSON.stringify(emails)).not.toContain('Lillegutt');
    });

    it('sends to a chosen bydel', async () => {
      const sent = await world.call(
        'POST',
        '/meldinger/privat',
        null,
        privateReport({ bydelsnummer: '01' }),
      );
      expect(sent.body.mottaker).toBe('Bergen kommune, bydel Arna');
    });

    it('refuses an unknown kommune, an unknown bydel, bad fields and an oversized message, storing nothing', async () => {
      const before = await count('concern_message');
      const unknown = await world.call(
        'POST',
        '/meldinger/privat',
        null,
        privateReport({ kommunenummer: '1103' }),
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toMatch(/tar ikke imot/);
      expect(
        (
          await world.call(
            'POST',
            '/meldinger/privat',
            null,
            privateReport({ bydelsnummer: '09' }),
          )
        ).status,
      ).toBe(404);
      const bad = await world.call('POST', '/meldinger/privat', null, {
        ...privateReport(),
        privatBarn: [],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([
        { path: 'privatBarn', message: 'Legg til minst ett barn.' },
      ]);
      const tooLong = await world.call(
        'POST',
        '/meldinger/privat',
        null,
        privateReport({ melding: 'x'.repeat(20_001) }),
      );
      expect(tooLong.status).toBe(400);
      const huge = await world.call(
        'POST',
        '/meldinger/privat',
        null,
        undefined,
        JSON.stringify(privateReport({ melding: 'å'.repeat(200_000) })),
      );
      expect(huge.status).toBe(413);
      expect(huge.body?.message).toMatch(/for lang|too large/i);
      expect(await count('concern_message')).toBe(before);
    });

    it("takes a public employee's report only when logged in", async () => {
      const report = publicReport();
      expect(
        (await world.call('POST', '/meldinger/offentlig', null, report)).status,
      ).toBe(401);
      const sent = await world.call(
        'POST',
        '/meldinger/offentlig',
        withoutRole,
        report,
      );
      expect(sent.status).toBe(201);
    });

    describe('«Motta bekymringsmeldinger»', () => {
      it("lists a unit's messages to its own caseworkers only", async () => {
        const ofBergen = await world.call('GET', '/mottak', bergenCaseworker);
        expect(ofBergen.status).toBe(200);
        expect(ofBergen.body).toHaveLength(3);
        const ofBergenhus = await world.call(
          'GET',
          '/mottak',
          bergenhusCaseworker,
        );
        expect(
          ofBergenhus.body.map((m: { mottaker: string }) => m.mottaker),
        ).toEqual([
          'Bergen kommune, bydel Bergenhus',
          'Bergen kommune, bydel Bergenhus',
        ]);
        expect(
          (await world.call('GET', '/mottak', stavangerCaseworker)).body,
        ).toEqual([]);
        expect((await world.call('GET', '/mottak', bergenAdmin)).status).toBe(
          403,
        );
        expect((await world.call('GET', '/mottak', null)).status).toBe(401);
        for (const caller of [stavangerCaseworker, arnaCaseworker]) {
          expect(
            (await world.call('GET', `/mottak/${messageId}`, caller)).status,
          ).toBe(403);
          expect(
            (await world.call('GET', `/mottak/${messageId}/pdf`, caller))
              .status,
          ).toBe(403);
          expect(
            (await world.call('POST', `/mottak/${messageId}/bekreft`, caller))
              .status,
          ).toBe(403);
        }
        expect(
          (await world.call('GET', `/mottak/${messageId}`, bergenhusCaseworker))
            .body,
        ).toEqual(
          expect.objectContaining({
            status: 'AKSEPTERT',
            nedlastinger: 0,
            brevpostFrist: '2026-04-13T08:00:00.000Z',
          }),
        );
      });

      it('will not confirm a message nobody has downloaded', async () => {
        const early = await world.call(
          'POST',
          `/mottak/${messageId}/bekreft`,
          bergenhusCaseworker,
        );
        expect(early.status).toBe(409);
        expect(early.body.code).toBe('BEKYMRINGSMELDING.NOT_DOWNLOADED');
      });

      it('downloads as PDF and confirms, audited, deleting the content and telling the workflow', async () => {
        world.clock.set(new Date('2026-04-01T09:00:00Z'));
        const pdf = await world.call(
          'GET',
          `/mottak/${messageId}/pdf`,
          bergenhusCaseworker,
        );
        expect(pdf.status).toBe(200);
        expect(pdf.headers.get('content-type')).toBe('application/pdf');
        expect(pdf.headers.get('content-disposition')).toMatch(
          /bekymringsmelding-BM-.*\.pdf/,
        );
        expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
        world.clock.set(new Date('2026-04-01T09:05:00Z'));
        const confirmed = await world.call(
          'POST',
          `/mottak/${messageId}/bekreft`,
          bergenhusCaseworker,
        );
        expect(confirmed.status).toBe(200);
        expect(confirmed.body).toEqual(
          expect.objectContaining({
            status: 'LEVERT',
            brevpostFrist: null,
            bekreftet: { av: 'kari-b', tidspunkt: '2026-04-01T09:05:00.000Z' },
          }),
        );
        const audit = await world.dataSource.query(
          `SELECT action, actor, at FROM bekymringsmelding.concern_audit WHERE message_id = $1 ORDER BY id`,
          [messageId],
        );
        expect(audit).toEqual([
          {
            action: 'downloaded',
            actor: 'kari-b',
            at: new Date('2026-04-01T09:00:00Z'),
          },
          {
            action: 'confirmed',
            actor: 'kari-b',
            at: new Date('2026-04-01T09:05:00Z'),
          },
        ]);
        const [row] = await world.dataSource.query(
          `SELECT content FROM bekymringsmelding.concern_message WHERE id = $1`,
          [messageId],
        );
        expect(row.content).toBeNull();
        const commands = await world.jobs<WorkflowCommand>(QUEUES.commands);
        expect(commands.map((job) => job.payload)).toContainEqual(
          expect.objectContaining({
            command: 'correlate',
            messageName: CONCERN_CONFIRMED_MESSAGE,
            businessKey: messageId,
            requestedBy: 'kari-b',
          }),
        );
      });

      it('refuses a second confirm and a download after it', async () => {
        const again = await world.call(
          'POST',
          `/mottak/${messageId}/bekreft`,
          bergenCaseworker,
        );
        expect(again.status).toBe(409);
        expect(again.body.code).toBe('BEKYMRINGSMELDING.ALREADY_HANDLED');
        const gone = await world.call(
          'GET',
          `/mottak/${messageId}/pdf`,
          bergenCaseworker,
        );
        expect(gone.status).toBe(410);
      });
    });
  });
});
