/**
 * Real: PostgreSQL (a database of its own), the service's migrations, the seed and the bundled files.
 * Faked: nothing; variations of the files are written to a temporary directory.
 */
import { InvalidReferenceDataError } from '../../src/modules/reference-data/seed/invalid-reference-data.error';
import {
  BUNDLED_SOURCE,
  BUNDLED_VALID_FROM,
  bundledReferenceDataDir,
} from '../../src/modules/reference-data/seed/reference-files';
import { seedReferenceData } from '../../src/modules/reference-data/seed/seed-reference-data';
import {
  bundledReferenceTexts,
  recordCount,
  writeReferenceDir,
} from '../support/reference-files.factory';
import {
  createReportingTestDatabase,
  ReportingTestDatabase,
} from '../support/reporting-test-database';

const bundled = () => ({
  dir: bundledReferenceDataDir(),
  validFrom: BUNDLED_VALID_FROM,
  source: BUNDLED_SOURCE,
});

describe('seeding the reference data', () => {
  let testDb: ReportingTestDatabase;
  const count = async (table: string): Promise<number> =>
    Number(
      (
        await testDb.dataSource.query(
          `SELECT count(*) AS n FROM reporting.${table}`,
        )
      )[0].n,
    );

  beforeAll(async () => {
    testDb = await createReportingTestDatabase('seed');
  });

  afterAll(async () => {
    await testDb?.drop();
  });

  it('loads the bundled files as one version valid from 2026-01-01', async () => {
    // when
    const result = await seedReferenceData(testDb.dataSource, bundled());

    // then
    const texts = await bundledReferenceTexts();
    expect(result.created).toBe(true);
    expect(result.version).toMatchObject({
      validFrom: '2026-01-01',
      source: BUNDLED_SOURCE,
    });
    expect(result.version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(count('statsforvalter_office')).resolves.toBe(10);
    await expect(count('fylke')).resolves.toBe(15);
    await expect(count('kommune')).resolves.toBe(357);
    await expect(count('bydel')).resolves.toBe(recordCount(texts.bydeler));
  });

  it('creates nothing when the same files are seeded again', async () => {
    const again = await seedReferenceData(testDb.dataSource, bundled());

    expect(again.created).toBe(false);
    await expect(count('reference_data_version')).resolves.toBe(1);
    await expect(count('kommune')).resolves.toBe(357);
  });

  it('aborts a load with a bad line and writes nothing, naming file and line', async () => {
    // given
    const texts = await bundledReferenceTexts();
    const files = await writeReferenceDir({
      ...texts,
      bydeler: `${texts.bydeler.trimEnd()}\n999901,Ingensteds,9999\n`,
    });

    try {
      // when
      const load = seedReferenceData(testDb.dataSource, {
        ...bundled(),
        dir: files.dir,
        validFrom: '2027-01-01',
      });

      // then
      await expect(load).rejects.toThrow(InvalidReferenceDataError);
      await expect(load).rejects.toThrow(
        `bydeler.csv line ${recordCount(texts.bydeler) + 2}: kommunenummer 9999 is not in kommuner.csv`,
      );
      await expect(count('reference_data_version')).resolves.toBe(1);
      await expect(count('kommune')).resolves.toBe(357);
    } finally {
      await files.cleanup();
    }
  });

  it('rolls back a load the database refuses, keeping no half-written version', async () => {
    // given: valid files, but the last insert (the bydeler) is refused by a CHECK added for this test
    await testDb.dataSource.query(
      `ALTER TABLE reporting.bydel ADD CONSTRAINT test_refuse_oslo CHECK (name <> 'Grorud') NOT VALID`,
    );
    const texts = await bundledReferenceTexts();
    const files = await writeReferenceDir({
      ...texts,
      kommuner: texts.kommuner.replace('Eigersund', 'Egersund'),
    });

    try {
      // when
      const load = seedReferenceData(testDb.dataSource, {
        ...bundled(),
        dir: files.dir,
        validFrom: '2027-01-01',
      });

      // then
      await expect(load).rejects.toThrow(/test_refuse_oslo/);
      await expect(count('reference_data_version')).resolves.toBe(1);
      await expect(count('kommune')).resolves.toBe(357);
    } finally {
      await testDb.dataSource.query(
        `ALTER TABLE reporting.bydel DROP CONSTRAINT test_refuse_oslo`,
      );
      await files.cleanup();
    }
  });

  it('loads changed files as a new version', async () => {
    const texts = await bundledReferenceTexts();
    const files = await writeReferenceDir({
      ...texts,
      kommuner: texts.kommuner.replace('Eigersund', 'Egersund'),
    });

    try {
      const result = await seedReferenceData(testDb.dataSource, {
        dir: files.dir,
        validFrom: '2027-01-01',
        source: 'test: Eigersund renamed',
      });

      expect(result.created).toBe(true);
      await expect(count('reference_data_version')).resolves.toBe(2);
      await expect(count('kommune')).resolves.toBe(2 * 357);
    } finally {
      await files.cleanup();
    }
  });
});
