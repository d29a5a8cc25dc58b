/**
 * Health, and what a caller gets back for bad input or unknown units: 400 and 404 with a stable code
 * and a message a person can act on. Real: PostgreSQL, Redis, migrations, seed, the reporting module.
 */
import {
  ReportingTestApp,
  startReportingApp,
} from '../support/reporting-test-app';
import {
  createReportingTestDatabase,
  ReportingTestDatabase,
  seedBundledReferenceData,
} from '../support/reporting-test-database';

describe('reference data HTTP API: health and errors', () => {
  let testDb: ReportingTestDatabase;
  let api: ReportingTestApp;

  beforeAll(async () => {
    testDb = await createReportingTestDatabase('errors');
    await seedBundledReferenceData(testDb.dataSource);
    api = await startReportingApp(testDb.db.url);
  });

  afterAll(async () => {
    await api?.close();
    await testDb?.drop();
  });

  it('reports healthy when PostgreSQL and Redis answer', async () => {
    const { status, body } = await api.get('/health');

    expect(status).toBe(200);
    expect(body.info).toEqual({
      database: { status: 'up' },
      redis: { status: 'up' },
    });
  });

  it.each([
    [
      '/reference-data/kommuner?fylke=3',
      'Invalid query: fylke: expected a 2-digit fylke number such as 03',
    ],
    [
      '/reference-data/kommuner?asOf=2026-13-01',
      'Invalid query: asOf: expected a date as YYYY-MM-DD',
    ],
    [
      '/reference-data/fylker?asof=2026-01-01',
      'Invalid query: Unrecognized key: "asof"',
    ],
    [
      '/reference-data/kommuner/301',
      'Invalid kommune number: expected a 4-digit kommune number such as 0301',
    ],
    [
      '/reference-data/reporting-units?office=Oslo',
      'Invalid query: office: expected an office id like sf-oslo-viken',
    ],
  ])('answers 400 with a clear message for %s', async (path, message) => {
    const { status, body } = await api.get(path);

    expect(status).toBe(400);
    expect(body).toEqual({
      statusCode: 400,
      code: 'COMMON.VALIDATION_FAILED',
      message,
      // The same, field by field, for a form to show beside its fields.
      details: [
        { path: expect.any(String), message: expect.any(String) },
      ],
    });
  });

  it.each([
    [
      '/reference-data/kommuner/9999?asOf=2026-06-01',
      'Unknown kommune 9999 as of 2026-06-01',
    ],
    [
      '/reference-data/kommuner?fylke=99&asOf=2026-06-01',
      'Unknown fylke 99 as of 2026-06-01',
    ],
    [
      '/reference-data/statsforvalter-offices/sf-atlantis/kommuner?asOf=2026-06-01',
      'Unknown Statsforvalter office sf-atlantis as of 2026-06-01',
    ],
    [
      '/reference-data/fylker?asOf=2025-12-31',
      'No reference data is valid on 2025-12-31; the earliest version is valid from 2026-01-01',
    ],
  ])('answers 404 with a clear message for %s', async (path, message) => {
    const { status, body } = await api.get(path);

    expect(status).toBe(404);
    expect(body).toEqual({
      statusCode: 404,
      code: 'REPORTING.UNKNOWN_REFERENCE_DATA',
      message,
    });
  });
});
