/**
 * Real: PostgreSQL (a database of its own), Redis, the migrations, the seed of the bundled files, and
 * the whole reporting module over HTTP. Faked: nothing.
 */
import { BUNDLED_SOURCE } from '../../src/modules/reference-data/seed/reference-files';
import {
  bundledReferenceTexts,
  recordCount,
} from '../support/reference-files.factory';
import {
  ReportingTestApp,
  startReportingApp,
} from '../support/reporting-test-app';
import {
  createReportingTestDatabase,
  ReportingTestDatabase,
  seedBundledReferenceData,
} from '../support/reporting-test-database';

const AS_OF = 'asOf=2026-06-01';

describe('reference data HTTP API', () => {
  let testDb: ReportingTestDatabase;
  let api: ReportingTestApp;

  beforeAll(async () => {
    testDb = await createReportingTestDatabase('api');
    await seedBundledReferenceData(testDb.dataSource);
    api = await startReportingApp(testDb.db.url);
  });

  afterAll(async () => {
    await api?.close();
    await testDb?.drop();
  });

  it('lists the 15 fylker and says which version answered', async () => {
    const { status, body } = await api.get(`/reference-data/fylker?${AS_OF}`);

    expect(status).toBe(200);
    expect(body.asOf).toBe('2026-06-01');
    expect(body.dataVersion).toMatchObject({
      validFrom: '2026-01-01',
      source: BUNDLED_SOURCE,
    });
    expect(body.items).toHaveLength(15);
    expect(body.items[0]).toEqual({
      number: '03',
      name: 'Oslo',
      office: { id: 'sf-oslo-viken', name: 'Statsforvalteren i Oslo og Viken' },
      kommuneCount: 1,
    });
  });

  it('answers as of today when no date is given', async () => {
    const { status, body } = await api.get('/reference-data/fylker');

    expect(status).toBe(200);
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.items).toHaveLength(15);
  });

  it('lists the 10 Statsforvalter offices with the fylker and number of kommuner each covers', async () => {
    const { body } = await api.get(
      `/reference-data/statsforvalter-offices?${AS_OF}`,
    );

    expect(body.items).toHaveLength(10);
    const osloViken = body.items.find(
      (office: { id: string }) => office.id === 'sf-oslo-viken',
    );
    expect(osloViken).toMatchObject({
      name: 'Statsforvalteren i Oslo og Viken',
      fylkeCount: 4,
    });
    expect(osloViken.fylker.map((f: { number: string }) => f.number)).toEqual([
      '03',
      '31',
      '32',
      '33',
    ]);
    const total = body.items.reduce(
      (sum: number, office: { kommuneCount: number }) =>
        sum + office.kommuneCount,
      0,
    );
    expect(total).toBe(357);
  });

  it('maps every kommune to exactly one office', async () => {
    // given
    const offices = (
      await api.get(`/reference-data/statsforvalter-offices?${AS_OF}`)
    ).body.items;
    const all = (await api.get(`/reference-data/kommuner?${AS_OF}`)).body.items;

    // when
    const covered: string[] = [];
    for (const office of offices) {
      const { status, body } = await api.get(
        `/reference-data/statsforvalter-offices/${office.id}/kommuner?${AS_OF}`,
      );
      expect(status).toBe(200);
      covered.push(...body.items.map((k: { number: string }) => k.number));
    }

    // then
    expect(all).toHaveLength(357);
    expect([...covered].sort()).toEqual(
      all.map((k: { number: string }) => k.number),
    );
  });

  it("gives Oslo with its fylke, office 'Statsforvalteren i Oslo og Viken' and its 15 bydeler", async () => {
    const { status, body } = await api.get(
      `/reference-data/kommuner/0301?${AS_OF}`,
    );

    expect(status).toBe(200);
    expect(body.kommune).toMatchObject({
      number: '0301',
      name: 'Oslo - Oslove',
      fylke: { number: '03', name: 'Oslo' },
      office: { id: 'sf-oslo-viken', name: 'Statsforvalteren i Oslo og Viken' },
      reportsByBydel: true,
    });
    expect(body.kommune.bydeler).toHaveLength(15);
    expect(body.kommune.bydeler[0]).toEqual({
      number: '030101',
      name: 'Gamle Oslo',
    });
  });

  it('filters kommuner by fylke and by text in the name, in any case', async () => {
    const inOslo = await api.get(`/reference-data/kommuner?fylke=03&${AS_OF}`);
    const berg = await api.get(
      `/reference-data/kommuner?q=BERG&fylke=46&${AS_OF}`,
    );

    expect(inOslo.body.items).toEqual([
      { number: '0301', name: 'Oslo - Oslove', fylkeNumber: '03' },
    ]);
    expect(berg.body.items.map((k: { name: string }) => k.name)).toContain(
      'Bergen',
    );
    expect(
      berg.body.items.every((k: { name: string }) => /berg/i.test(k.name)),
    ).toBe(true);
  });

  it('lists the reporting units: the bydeler of the four cities instead of the cities themselves', async () => {
    const texts = await bundledReferenceTexts();
    const bydelCount = recordCount(texts.bydeler);

    const { body } = await api.get(`/reference-data/reporting-units?${AS_OF}`);
    const osloViken = await api.get(
      `/reference-data/reporting-units?office=sf-oslo-viken&${AS_OF}`,
    );

    const kinds = body.items.map((unit: { kind: string }) => unit.kind);
    expect(kinds.filter((kind: string) => kind === 'bydel')).toHaveLength(
      bydelCount,
    );
    expect(kinds.filter((kind: string) => kind === 'kommune')).toHaveLength(
      357 - 4,
    );
    const numbers = body.items.map((unit: { number: string }) => unit.number);
    expect(numbers).not.toEqual(
      expect.arrayContaining(['0301', '4601', '5001', '1103']),
    );
    expect(osloViken.body.items).toContainEqual({
      number: '030101',
      name: 'Gamle Oslo',
      kind: 'bydel',
      kommuneNumber: '0301',
      fylkeNumber: '03',
      officeId: 'sf-oslo-viken',
    });
  });
});
