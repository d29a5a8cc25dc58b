/**
 * The overview of a period ("Oversikt"): statuses with overdue ("Forsinket") from the kommune deadline
 * and the app's clock, filters, search, sorting, paging, the CSV export, and who may see what.
 * Real: PostgreSQL, Redis, the migrations, the bundled reference data, the whole reporting module.
 * Faked: the key tokens are signed with, and the clock (a FixedClock the test moves).
 */
import { ErrorCode } from '@bvr/contracts';
import type { AddressInfo } from 'node:net';
import { submission } from '../support/report.factory';
import {
  reportPath,
  ReportsWorld,
  startReportsWorld,
} from '../support/reports-world';
import {
  bergenReporter,
  bufdir,
  kinnReporter,
  osloVikenCaseworker,
  type TestCaller,
  vestlandCaseworker,
} from '../support/test-callers';

const ARNA = '460101';
const FANA = '460103';
const KINN = '4602';

type Item = {
  unitId: string;
  unitName: string;
  officeId: string;
  status: string;
  overdue: boolean;
  submittedLate: boolean;
};

describe('the overview of a period', () => {
  let world: ReportsWorld;
  let period: { id: number; year: number; name: string };
  const overview = (caller: TestCaller | null, query = '') =>
    world.api.call('GET', `/periods/${period.id}/reports${query}`, { caller });
  const ids = (items: Item[]) => items.map((item) => item.unitId);

  /** The CSV as bytes and text; `api.call` would parse JSON. */
  async function csv(caller: TestCaller | null, query = '') {
    const { port } = world.api.app.getHttpServer().address() as AddressInfo;
    const headers: Record<string, string> = {};
    if (caller)
      headers['authorization'] = await world.api.tokens.bearer({
        audience: 'reporting',
        sub: caller.id,
        grants: caller.grants,
      });
    const response = await fetch(
      `http://127.0.0.1:${port}/periods/${period.id}/reports.csv${query}`,
      { headers },
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      headers: response.headers,
      bytes,
      lines: bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    };
  }

  beforeAll(async () => {
    world = await startReportsWorld('period-overview');
    period = await world.newPeriod(); // the clock: 15 July, the deadline 18 August
    // Arna submits in time, Fana saves a draft, Kinn submits three days late
    await world.api.call('POST', reportPath(period.id, ARNA, '/submit'), {
      caller: bergenReporter,
      body: submission(),
    });
    await world.api.call('PUT', reportPath(period.id, FANA, '/draft'), {
      caller: bergenReporter,
      body: { values: { A1: 3 }, revision: 0 },
    });
    world.clock.set(new Date(`${period.year}-08-21T08:00:00Z`));
    const late = await world.api.call(
      'POST',
      reportPath(period.id, KINN, '/submit'),
      { caller: kinnReporter, body: submission() },
    );
    expect(late.status).toBe(201);
  });

  afterAll(async () => {
    await world?.close();
  });

  describe('before the kommune deadline', () => {
    beforeAll(() =>
      world.clock.set(new Date(`${period.year}-08-18T21:00:00Z`)),
    );

    it('has no overdue unit on the deadline day itself', async () => {
      const { body } = await overview(vestlandCaseworker, '?status=overdue');
      expect(body.total).toBe(0);
    });
  });

  describe('after the kommune deadline', () => {
    beforeAll(() =>
      world.clock.set(new Date(`${period.year}-08-19T08:00:00Z`)),
    );

    it('marks the units that have not submitted as overdue, and the late report as late', async () => {
      const { status, body } = await overview(
        vestlandCaseworker,
        '?pageSize=500',
      );

      expect(status).toBe(200);
      expect(body.period).toEqual({
        id: period.id,
        name: period.name,
        kommuneDeadline: `${period.year}-08-18`,
        statsforvalterDeadline: `${period.year}-08-25`,
      });
      const byId = new Map<string, Item>(
        body.items.map((item: Item) => [item.unitId, item]),
      );
      expect(byId.get(ARNA)).toMatchObject({
        status: 'submitted',
        overdue: false,
        submittedLate: false,
      });
      expect(byId.get(FANA)).toMatchObject({ status: 'draft', overdue: true });
      expect(byId.get(KINN)).toMatchObject({
        status: 'submitted',
        overdue: false,
        submittedLate: true,
      });
      expect(byId.get('4611')).toMatchObject({
        status: 'not-started',
        overdue: true,
      });
      expect(
        body.items.every((item: Item) => item.officeId === 'sf-vestland'),
      ).toBe(true);
    });

    it('filters by overdue and by status, with the total of all pages', async () => {
      const overdue = await overview(
        vestlandCaseworker,
        '?status=overdue&pageSize=5',
      );
      const all = await overview(vestlandCaseworker, '?pageSize=500');
      const drafts = await overview(vestlandCaseworker, '?status=draft');

      expect(overdue.body.items).toHaveLength(5);
      expect(overdue.body.total).toBe(all.body.total - 2);
      expect(overdue.body.items.every((item: Item) => item.overdue)).toBe(true);
      expect(ids(drafts.body.items)).toEqual([FANA]);
    });

    it("searches in the unit's name and the start of its number", async () => {
      const byName = await overview(vestlandCaseworker, '?q=ARN');
      const byNumber = await overview(bufdir, '?q=4601&pageSize=500');
      const wildcard = await overview(bufdir, '?q=%25');

      expect(ids(byName.body.items)).toContain(ARNA);
      expect(
        byName.body.items.every((item: Item) => /arn/i.test(item.unitName)),
      ).toBe(true);
      expect(byNumber.body.total).toBeGreaterThan(1);
      expect(
        byNumber.body.items.every((item: Item) =>
          item.unitId.startsWith('4601'),
        ),
      ).toBe(true);
      expect(wildcard.body.total).toBe(0);
    });

    it('sorts by submission time or status, either way, and pages stably', async () => {
      const latest = await overview(
        vestlandCaseworker,
        '?sort=submitted&order=desc&pageSize=2',
      );
      const byStatus = await overview(
        vestlandCaseworker,
        '?sort=status&order=desc&pageSize=3',
      );
      const first = await overview(bufdir, '?sort=name&pageSize=10&page=1');
      const second = await overview(bufdir, '?sort=name&pageSize=10&page=2');

      expect(ids(latest.body.items)).toEqual([KINN, ARNA]);
      expect(byStatus.body.items.map((item: Item) => item.status)).toEqual([
        'submitted',
        'submitted',
        'draft',
      ]);
      expect(
        ids(first.body.items).filter((id) =>
          ids(second.body.items).includes(id),
        ),
      ).toEqual([]);
    });

    it('refuses an unknown sort or status with 400', async () => {
      for (const query of ['?sort=secret', '?status=late', '?order=up']) {
        const reply = await overview(bufdir, query);
        expect(reply.status).toBe(400);
        expect(reply.body.code).toBe(ErrorCode.VALIDATION_FAILED);
      }
    });
  });

  describe('the CSV export', () => {
    beforeAll(() =>
      world.clock.set(new Date(`${period.year}-08-19T08:00:00Z`)),
    );

    it('is a semicolon-separated UTF-8 file with a byte order mark and Norwegian headers, filtered as the table', async () => {
      const file = await csv(vestlandCaseworker, '?status=submitted&sort=unit');

      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.headers.get('content-disposition')).toBe(
        `attachment; filename="oversikt-1-halvar-${period.year}.csv"`,
      );
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.lines[0]).toBe(
        'Enhetsnummer;Rapporteringsenhet;Type;Statsforvalter;Status;Forsinket;Sendt inn;Sendt inn etter fristen;Versjon;Frist',
      );
      expect(file.lines).toHaveLength(3);
      expect(file.lines[1]).toMatch(
        /^460101;Arna;Bydel;Statsforvalteren i Vestland;Sendt inn;Nei;.*;Nei;1;/,
      );
      expect(file.lines[2]).toBe(
        `4602;Kinn;Kommune;Statsforvalteren i Vestland;Sendt inn;Nei;${period.year}-08-21 10:00;Ja;1;${period.year}-08-18`,
      );
    });

    it('holds every matching unit, without paging', async () => {
      const all = await overview(bufdir, '?pageSize=1');
      const file = await csv(bufdir);
      expect(file.lines).toHaveLength(all.body.total + 1);
      expect(
        file.lines.some((line) => line.includes(';Ikke påbegynt;Ja;')),
      ).toBe(true);
    });
  });

  describe('who may see it', () => {
    const both = [
      [
        'the table',
        (caller: TestCaller | null, query?: string) => overview(caller, query),
      ],
      [
        'the CSV',
        (caller: TestCaller | null, query?: string) => csv(caller, query),
      ],
    ] as const;

    it.each([
      [
        'the table',
        async (caller: TestCaller, query: string) =>
          (await overview(caller, query)).body.total as number,
      ],
      [
        'the CSV',
        async (caller: TestCaller, query: string) =>
          (await csv(caller, query)).lines.length - 1,
      ],
    ] as const)(
      "shows a Statsforvalter caseworker only its own office's units in %s",
      async (_what, count) => {
        await expect(count(osloVikenCaseworker, '?q=46')).resolves.toBe(0);
        await expect(
          count(osloVikenCaseworker, '?q=03'),
        ).resolves.toBeGreaterThan(0);
        await expect(
          count(vestlandCaseworker, '?q=46'),
        ).resolves.toBeGreaterThan(0);
      },
    );

    it.each(both)(
      "refuses a caseworker another office's filter with 403 in %s",
      async (_what, get) => {
        await expect(
          get(vestlandCaseworker, '?office=sf-oslo-viken'),
        ).resolves.toMatchObject({ status: 403 });
      },
    );

    it.each(both)('lets Bufdir see every office in %s', async (_what, get) => {
      await expect(get(bufdir, '?office=sf-oslo-viken')).resolves.toMatchObject(
        { status: 200 },
      );
      await expect(get(bufdir, '?q=0301')).resolves.toMatchObject({
        status: 200,
      });
    });

    it.each(both)(
      'refuses a unit reporter with 403 in %s',
      async (_what, get) => {
        await expect(get(bergenReporter)).resolves.toMatchObject({
          status: 403,
        });
      },
    );

    it.each(both)(
      'refuses a call without a token with 401 in %s',
      async (_what, get) => {
        await expect(get(null)).resolves.toMatchObject({ status: 401 });
      },
    );
  });
});
