import { DataSource } from 'typeorm';
import { dataSourceOptions, ServiceDatabase } from './database.module';

/** Creates the service's schema if needed and applies its pending migrations, each in its own transaction. */
export async function runMigrations(
  databaseUrl: string,
  database: ServiceDatabase,
  service: string,
): Promise<string[]> {
  const dataSource = new DataSource(
    dataSourceOptions(databaseUrl, database, `${service}-migrate`),
  );
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${database.schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
