/**
 * A kommune merge is a data change: a new version with a later valid-from date changes the answers
 * from that date on and leaves earlier dates as they were.
 * Real: PostgreSQL, Redis, migrations, the seed and the HTTP API. Faked: nothing.
 */
import { BUNDLED_VALID_FROM } from '../../src/modules/reference-data/seed/reference-files';
import { seedReferenceData } from '../../src/modules/reference-data/seed/seed-reference-data';
import {
  bundledReferenceTexts,
  withMergedKommuner,
  writeReferenceDir,
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

const MERGE_DATE = '2027-01-01';

describe('a kommune merge loaded as a later version', () => {
  let testDb: ReportingTestDatabase;
  let api: ReportingTestApp;

  beforeAll(async () => {
    testDb = await createReportingTestDatabase('versions');
    await seedBundledReferenceData(testDb.dataSource);
    // Sokndal and Lund become one kommune, 1150.
    const merged = withMergedKommuner(await bundledReferenceTexts(), {
      from: ['1111', '1112'],
      into: { number: '1150', name: 'Sokndal og Lund', fylke: '11' },
    });
    const files = await writeReferenceDir(merged);
    try {
      const result = await seedReferenceData(testDb.dataSource, {
        dir: files.dir,
        validFrom: MERGE_DATE,
        source: 'test: Sokndal and Lund merged',
      });
      expect(result.created).toBe(true);
    } finally {
      await files.cleanup();
    }
    api = await startReportingApp(testDb.db.url);
  });

  afterAll(async () => {
    await api?.close();
    await testDb?.drop();
  });

  it('answers with the merged kommune from the merge date on', async () => {
    const merged = await api.get(
      `/reference-data/kommuner/1150?asOf=${MERGE_DATE}`,
    );
    const sokndal = await api.get(
      `/reference-data/kommuner/1111?asOf=${MERGE_DATE}`,
    );
    const all = await api.get(`/reference-data/kommuner?asOf=2030-06-01`);

    expect(merged.status).toBe(200);
    expect(merged.body.dataVersion.validFrom).toBe(MERGE_DATE);
    expect(merged.body.kommune).toMatchObject({
      name: 'Sokndal og Lund',
      office: { id: 'sf-rogaland', name: 'Statsforvalteren i Rogaland' },
    });
    expect(sokndal.status).toBe(404);
    expect(sokndal.body.message).toBe(
      `Unknown kommune 1111 as of ${MERGE_DATE}`,
    );
    expect(all.body.items).toHaveLength(356);
  });

  it('answers as before for dates before the merge', async () => {
    const dayBefore = '2026-12-31';
    const sokndal = await api.get(
      `/reference-data/kommuner/1111?asOf=${dayBefore}`,
    );
    const merged = await api.get(
      `/reference-data/kommuner/1150?asOf=${dayBefore}`,
    );
    const all = await api.get(`/reference-data/kommuner?asOf=${dayBefore}`);

    expect(sokndal.status).toBe(200);
    expect(sokndal.body.kommune.name).toBe('Sokndal');
    expect(sokndal.body.dataVersion.validFrom).toBe(BUNDLED_VALID_FROM);
    expect(merged.status).toBe(404);
    expect(all.body.items).toHaveLength(357);
  });

  it('counts the merged kommune once under its office', async () => {
    const before = await api.get(
      '/reference-data/statsforvalter-offices/sf-rogaland/kommuner?asOf=2026-12-31',
    );
    const after = await api.get(
      `/reference-data/statsforvalter-offices/sf-rogaland/kommuner?asOf=${MERGE_DATE}`,
    );

    expect(after.body.items).toHaveLength(before.body.items.length - 1);
    expect(after.body.items.map((k: { number: string }) => k.number)).toContain(
      '1150',
    );
  });
});
