/**
 * The publication portal's API against the real database: figures of approved reports, series with
 * county and country sums, suppression of small counts outside the reader's scope, who may call it,
 * and the CSV files.
 */
import { MAX_COMPARED_UNITS } from '@bvr/contracts';
import { decidedReport } from '../support/published-report.factory';
import { ReportsWorld, startReportsWorld } from '../support/reports-world';
import {
  bergenReporter,
  bufdir,
  platformAdmin,
  type TestCaller,
  vestlandCaseworker,
  withoutRole,
} from '../support/test-callers';

const reader = (id: string, scope: string): TestCaller => ({
  id,
  grants: [`publication-reader@${scope}`],
});
const kinnReader = reader('reader-kinn', 'unit:4602');
const bergenReader = reader('reader-bergen', 'unit:4601');
const vestlandReader = reader('reader-vestland', 'county:46');
const nationalReader = reader('reader-norge', 'national');

const ARNA = '460101';
const BERGENHUS = '460102';
const KINN = '4602';
const ETNE = '4611';
const EIGERSUND = '1101';
const PLANS = 'plans-evaluated';

describe('the publication portal API', () => {
  let world: ReportsWorld;
  let p1: number;
  let p2: number;

  beforeAll(async () => {
    world = await startReportsWorld('publication-api');
    p1 = (await world.newPeriod()).id;
    p2 = (await world.newPeriod()).id;
    const approve = (unitId: string, periodId: number, values: object) =>
      decidedReport(world.api, world.testDb.dataSource, {
        unitId,
        periodId,
        values: values as Record<string, number>,
      });
    await approve(ARNA, p1, { A3: 40, 'A3.1': 30, U1: 12, U2: 2 });
    await approve(KINN, p1, { A3: 40, 'A3.1': 38 });
    await approve(ETNE, p1, { A3: 3, 'A3.1': 2 });
    await approve(BERGENHUS, p1, { A3: 10, 'A3.1': 9, U1: 5, F5: true });
    await approve(EIGERSUND, p1, { A3: 100, 'A3.1': 50 });
    await approve(ARNA, p2, { A3: 20, 'A3.1': 10 });
    await approve(KINN, p2, { A3: 40 }); // A3.1 missing
    await approve(EIGERSUND, p2, { A3: 10, 'A3.1': 10 });
    // Neither a returned nor a merely submitted report counts.
    await decidedReport(
      world.api,
      world.testDb.dataSource,
      { unitId: '4613', periodId: p1, values: { A3: 1000, 'A3.1': 1000 } },
      'returned',
    );
  });
  afterAll(() => world?.close());

  const get = (path: string, caller: TestCaller | null) =>
    world.api.call('GET', path, { caller });
  const series = (query: string, caller: TestCaller) =>
    get(`/publication/indicators/${PLANS}/series?${query}`, caller);
  const valueIn = (
    body: {
      series: {
        subject: { type: string; id?: string };
        values: { periodId: number }[];
      }[];
    },
    subject: string,
    periodId: number,
  ) =>
    body.series
      .find((s) => (s.subject.id ?? s.subject.type) === subject)
      ?.values.find((v) => v.periodId === periodId);

  describe('series', () => {
    it('sums the county of the first unit and the whole country over approved reports', async () => {
      const { status, body } = await series(
        `units=${KINN}&compare=county,country`,
        nationalReader,
      );
      expect(status).toBe(200);
      expect(body.indicator.id).toBe(PLANS);
      expect(body.suppressionThreshold).toBe(5);
      expect(body.series.map((s: { subject: unknown }) => s.subject)).toEqual([
        { type: 'unit', id: KINN, name: 'Kinn' },
        { type: 'county', id: '46', name: 'Vestland' },
        { type: 'country', name: 'Hele landet' },
      ]);
      expect(valueIn(body, '46', p1)).toEqual({
        periodId: p1,
        numerator: 79,
        denominator: 93,
        share: 79 / 93,
        suppressed: false,
        reports: 4,
      });
      expect(valueIn(body, 'country', p1)).toMatchObject({
        numerator: 129,
        denominator: 193,
        reports: 5,
      });
      // p2: Kinn has no A3.1, so only Arna in the county and Arna + Eigersund in the country count.
      expect(valueIn(body, '46', p2)).toMatchObject({
        numerator: 10,
        denominator: 20,
        share: 0.5,
        reports: 1,
      });
      expect(valueIn(body, 'country', p2)).toMatchObject({
        numerator: 20,
        denominator: 30,
        reports: 2,
      });
      expect(valueIn(body, KINN, p2)).toMatchObject({
        numerator: null,
        denominator: null,
        share: null,
        suppressed: false,
        reports: 0,
      });
    });

    it('suppresses small counts of units outside the scope, and not the county or country', async () => {
      const { body } = await series(
        `units=${KINN},${ETNE}&compare=county`,
        kinnReader,
      );
      expect(valueIn(body, KINN, p1)).toMatchObject({
        numerator: 38,
        denominator: 40,
        suppressed: false,
      });
      expect(valueIn(body, ETNE, p1)).toEqual({
        periodId: p1,
        numerator: null,
        denominator: null,
        share: null,
        suppressed: true,
        reports: 1,
      });
      expect(valueIn(body, '46', p1)).toMatchObject({
        numerator: 79,
        suppressed: false,
      });
    });

    it('suppresses a kommune reader’s neighbour when its remainder is small (38 of 40)', async () => {
      const { body } = await series(
        `units=${ETNE},${KINN}`,
        reader('r', `unit:${ETNE}`),
      );
      expect(valueIn(body, KINN, p1)).toMatchObject({
        suppressed: true,
        numerator: null,
      });
      expect(valueIn(body, ETNE, p1)).toMatchObject({
        suppressed: false,
        numerator: 2,
      });
    });

    it('shows every unit unsuppressed to a county reader of its fylke, Bufdir and a national reader', async () => {
      for (const caller of [vestlandReader, bufdir, nationalReader]) {
        const { status, body } = await series(`units=${ETNE},${KINN}`, caller);
        expect(status).toBe(200);
        expect(valueIn(body, ETNE, p1)).toMatchObject({
          numerator: 2,
          denominator: 3,
          suppressed: false,
        });
        expect(valueIn(body, KINN, p1)).toMatchObject({
          numerator: 38,
          suppressed: false,
        });
      }
      const outside = await series(`units=${EIGERSUND}`, vestlandReader);
      expect(valueIn(outside.body, EIGERSUND, p2)).toMatchObject({
        suppressed: false,
        numerator: 10,
      });
    });

    it('computes "within the deadline" as U1 − U2', async () => {
      const { body } = await world.api.call(
        'GET',
        `/publication/indicators/investigations-within-deadline/series?units=${ARNA}`,
        { caller: bergenReader },
      );
      expect(valueIn(body, ARNA, p1)).toMatchObject({
        numerator: 10,
        denominator: 12,
      });
    });
  });

  describe('a kommune with bydeler', () => {
    it('is the sum of its bydeler in a series, and suppressed as one unit outside the scope', async () => {
      const { body } = await series(
        'units=4601&compare=county',
        nationalReader,
      );
      expect(body.series[0].subject).toEqual({
        type: 'unit',
        id: '4601',
        name: 'Bergen',
      });
      expect(valueIn(body, '4601', p1)).toMatchObject({
        numerator: 39,
        denominator: 50,
        reports: 2,
        suppressed: false,
      });
      const outside = await series('units=4601', kinnReader);
      expect(valueIn(outside.body, '4601', p1)).toMatchObject({
        numerator: 39,
        suppressed: false,
      });
      expect(valueIn(outside.body, '4601', p2)).toMatchObject({
        numerator: 10,
        denominator: 20,
        suppressed: false,
      });
    });

    it('shows the sums of its bydeler as its figures, null where one of them did not answer', async () => {
      const { status, body } = await get(
        '/publication/units/4601/figures',
        vestlandReader,
      );
      expect(status).toBe(200);
      expect(body.unit).toEqual({
        id: '4601',
        name: 'Bergen',
        countyId: '46',
        countyName: 'Vestland',
      });
      const first = body.periods.find((p: { id: number }) => p.id === p1);
      expect(first.values).toMatchObject({
        A3: 50,
        'A3.1': 39,
        U1: 17,
        U2: null,
        F5: null,
      });
      const second = body.periods.find((p: { id: number }) => p.id === p2);
      expect(second.values).toMatchObject({ A3: 20, 'A3.1': 10 });
      await expect(
        get('/publication/units/4601/figures', kinnReader),
      ).resolves.toMatchObject({ status: 403 });
    });
  });

  describe('unit figures', () => {
    it('gives every figure of a unit in scope: a kommune grant covers its bydeler', async () => {
      const { status, body } = await get(
        `/publication/units/${ARNA}/figures`,
        bergenReader,
      );
      expect(status).toBe(200);
      expect(body.unit).toEqual({
        id: ARNA,
        name: 'Arna',
        countyId: '46',
        countyName: 'Vestland',
      });
      expect(body.points.map((p: { id: string }) => p.id)).toEqual([
        'U1',
        'U2',
        'A3',
        'A3.1',
      ]);
      const first = body.periods.find((p: { id: number }) => p.id === p1);
      expect(first).toMatchObject({ approvedAt: expect.any(String) });
      expect(first.values).toMatchObject({ A3: 40, 'A3.1': 30, M1: null });
      expect(first.values).not.toHaveProperty('S1'); // withdrawn in version 2
    });

    it('refuses a reader scoped to one kommune another kommune’s figures, in Norwegian', async () => {
      const { status, body } = await get(
        `/publication/units/${ETNE}/figures`,
        kinnReader,
      );
      expect(status).toBe(403);
      expect(body.message).toMatch(
        /Du har ikke tilgang til tallene for enhet 4611/,
      );
      await expect(
        get(`/publication/units/${KINN}/figures`, kinnReader),
      ).resolves.toMatchObject({ status: 200 });
    });

    it('answers 404 for an unknown unit and 400 for a malformed one', async () => {
      const unknown = await get('/publication/units/9999/figures', bufdir);
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toBe(
        'Finner ingen rapporteringsenhet med nummer 9999.',
      );
      const malformed = await get('/publication/units/46x/figures', bufdir);
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toMatch(/Ugyldig enhetsnummer «46x»/);
    });
  });

  describe('who may call it', () => {
    it.each([
      ['a unit reporter', bergenReporter],
      ['a Statsforvalter caseworker', vestlandCaseworker],
      ['a platform admin', platformAdmin],
      ['someone without a role', withoutRole],
    ])('refuses %s every route', async (_who, caller) => {
      for (const path of [
        '/publication/indicators',
        '/publication/periods',
        '/publication/units',
        `/publication/units/${ARNA}/figures`,
        `/publication/indicators/${PLANS}/series?units=${ARNA}`,
        `/publication/indicators/${PLANS}/series.csv?units=${ARNA}`,
      ])
        expect((await get(path, caller)).status).toBe(403);
    });

    it('refuses a call without a token', async () => {
      expect((await get('/publication/indicators', null)).status).toBe(401);
    });
  });

  describe('catalog', () => {
    it('lists the indicators and the periods with published reports, oldest first', async () => {
      const indicators = await get('/publication/indicators', kinnReader);
      expect(indicators.body.map((i: { id: string }) => i.id)).toContain(PLANS);
      const periods = await get('/publication/periods', kinnReader);
      const ids = periods.body.map((p: { id: number }) => p.id);
      expect(ids).toEqual([p1, p2]);
      expect(periods.body[0].name).toMatch(/^1\. halvår \d{4}$/);
    });

    it('marks which units are in the reader’s scope', async () => {
      const { body } = await get('/publication/units', bergenReader);
      const scope = new Map(
        body.map((u: { id: string; inScope: boolean }) => [u.id, u.inScope]),
      );
      expect(scope.get(ARNA)).toBe(true);
      expect(scope.get(KINN)).toBe(false);
      expect(scope.get('4601')).toBe(true); // Bergen, the sum of its bydeler
      const county = await get('/publication/units', vestlandReader);
      const inScope = county.body.filter(
        (u: { inScope: boolean }) => u.inScope,
      );
      expect(
        inScope.every((u: { countyId: string }) => u.countyId === '46'),
      ).toBe(true);
      expect(inScope.length).toBeGreaterThan(40);
    });
  });

  describe('bad input', () => {
    it.each([
      [
        'unknown indicator',
        `/publication/indicators/nope/series?units=${ARNA}`,
        /Ukjent nøkkeltall «nope»/,
      ],
      [
        'no units',
        `/publication/indicators/${PLANS}/series`,
        /Velg minst én enhet/,
      ],
      [
        'unknown unit',
        `/publication/indicators/${PLANS}/series?units=9999`,
        /Finner ingen rapporteringsenhet med nummer 9999/,
      ],
      [
        'malformed unit',
        `/publication/indicators/${PLANS}/series?units=abc`,
        /Ugyldig enhetsnummer «abc»/,
      ],
      [
        'unknown comparison',
        `/publication/indicators/${PLANS}/series?units=${ARNA}&compare=world`,
        /Ukjent sammenligning «world»/,
      ],
      [
        'too many units',
        `/publication/indicators/${PLANS}/series?units=${Array.from({ length: MAX_COMPARED_UNITS + 1 }, (_, i) => 4611 + i).join(',')}`,
        /høyst 10 enheter/,
      ],
    ])('answers 400 for %s', async (_what, path, message) => {
      const { status, body } = await get(path, bufdir);
      expect(status).toBe(400);
      expect(body.code).toBe('COMMON.VALIDATION_FAILED');
      expect(body.message).toMatch(message);
    });
  });

  describe('CSV', () => {
    it('gives the series as a CSV file for Excel', async () => {
      const { status, headers, text } = await world.api.getText(
        `/publication/indicators/${PLANS}/series.csv?units=${KINN},${ETNE}&compare=county`,
        kinnReader,
      );
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(headers.get('content-disposition')).toBe(
        `attachment; filename="nokkeltall-${PLANS}.csv"`,
      );
      expect(
        text.startsWith(
          '\uFEFFPeriode;Enhet;Teller;Nevner;Andel (%);Skjult;Antall rapporter\r\n',
        ),
      ).toBe(true);
      const lines = text.slice(1).trimEnd().split('\r\n');
      expect(lines).toContainEqual(
        expect.stringMatching(/;Kinn \(4602\);38;40;95;Nei;1$/),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(/;Etne \(4611\);;;;Ja;1$/),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(/;Vestland \(fylke\);79;93;84,9;Nei;4$/),
      );
    });

    it('gives a unit’s figures as a CSV file, and refuses it outside the scope', async () => {
      const { status, headers, text } = await world.api.getText(
        `/publication/units/${ARNA}/figures.csv`,
        bergenReader,
      );
      expect(status).toBe(200);
      expect(headers.get('content-disposition')).toBe(
        'attachment; filename="tall-460101-arna.csv"',
      );
      expect(
        text.startsWith(
          '\uFEFFPeriode;Enhetsnummer;Enhet;Punkt;Beskrivelse;Verdi;Godkjent\r\n',
        ),
      ).toBe(true);
      expect(text).toMatch(/;460101;Arna;A3\.1;[^;]+;30;\d{4}-\d{2}-\d{2}\r\n/);
      const refused = await world.api.getText(
        `/publication/units/${ARNA}/figures.csv`,
        kinnReader,
      );
      expect(refused.status).toBe(403);
    });
  });
});
