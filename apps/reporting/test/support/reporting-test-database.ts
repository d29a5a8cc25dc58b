import { dataSourceOptions, runMigrations } from '@bvr/service-kit';
import { createTestDatabase, TestDatabase } from '@bvr/service-kit/testing';
import { DataSource } from 'typeorm';
import { database } from '../../src/database';
import { seedPeriods } from '../../src/modules/periods/seed/seed-periods';
import {
  BUNDLED_SOURCE,
  BUNDLED_VALID_FROM,
  bundledReferenceDataDir,
} from '../../src/modules/reference-data/seed/reference-files';
import { seedReferenceData } from '../../src/modules/reference-data/seed/seed-reference-data';

export interface ReportingTestDatabase {
  db: TestDatabase;
  dataSource: DataSource;
  /** Closes the connection and drops the database. */
  drop(): Promise<void>;
}

/** A fresh database with the service's real migrations applied, and a connection to it. */
export async function createReportingTestDatabase(
  label: string,
): Promise<ReportingTestDatabase> {
  const db = await createTestDatabase(`reporting-${label}`);
  await runMigrations(db.url, database, 'reporting-test');
  const dataSource = await new DataSource(
    dataSourceOptions(db.url, database, 'reporting-test'),
  ).initialize();
  return {
    db,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}

/** Loads the bundled files exactly as `node main.js seed` does. */
export const seedBundledReferenceData = (dataSource: DataSource) =>
  seedReferenceData(dataSource, {
    dir: bundledReferenceDataDir(),
    validFrom: BUNDLED_VALID_FROM,
    source: BUNDLED_SOURCE,
  });

/** The seed's second step, the reporting periods, exactly as `node main.js seed` runs it. */
export const seedReportingPeriods = (dataSource: DataSource) =>
  seedPeriods(dataSource);
