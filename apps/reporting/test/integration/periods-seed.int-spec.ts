/**
 * The seed's periods step: idempotent, and it never overwrites a period Bufdir has changed.
 * Real: PostgreSQL (a database of its own), the migrations and the seed. Faked: nothing.
 */
import { seedPeriods } from '../../src/modules/periods/seed/seed-periods';
import {
  createReportingTestDatabase,
  ReportingTestDatabase,
} from '../support/reporting-test-database';

const ALL = [
  '2. halvår 2016',
  '1. halvår 2023',
  '2. halvår 2025',
  '1. halvår 2026',
  '2. halvår 2026',
];

describe('seeding the reporting periods', () => {
  let testDb: ReportingTestDatabase;
  const rows = (): Promise<
    { year: number; half: number; kommune_deadline: string }[]
  > =>
    testDb.dataSource.query(
      `SELECT year, half, kommune_deadline::text FROM reporting.reporting_period ORDER BY year, half`,
    );

  beforeAll(async () => {
    testDb = await createReportingTestDatabase('periods-seed');
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  it('adds the five periods to an empty table', async () => {
    await expect(seedPeriods(testDb.dataSource)).resolves.toEqual({
      added: ALL,
      kept: [],
    });
    await expect(rows()).resolves.toHaveLength(5);
  });

  it('adds nothing when run again, and leaves a moved deadline as Bufdir set it', async () => {
    // given
    await testDb.dataSource.query(
      `UPDATE reporting.reporting_period SET kommune_deadline = '2023-08-21', updated_by = 'bufdir-sara'
        WHERE year = 2023 AND half = 1`,
    );

    // when
    const again = await seedPeriods(testDb.dataSource);

    // then
    expect(again).toEqual({ added: [], kept: ALL });
    const all = await rows();
    expect(all).toHaveLength(5);
    expect(all.find((r) => r.year === 2023)?.kommune_deadline).toBe(
      '2023-08-21',
    );
  });

  it('adds back only a period that is missing', async () => {
    await testDb.dataSource.query(
      `DELETE FROM reporting.reporting_period WHERE year = 2025`,
    );

    await expect(seedPeriods(testDb.dataSource)).resolves.toEqual({
      added: ['2. halvår 2025'],
      kept: ALL.filter((name) => name !== '2. halvår 2025'),
    });
  });
});
