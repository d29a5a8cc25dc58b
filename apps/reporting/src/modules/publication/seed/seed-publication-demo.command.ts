import { dataSourceOptions } from '@bvr/service-kit';
import { DataSource } from 'typeorm';
import { database } from '../../../database';
import { seedPublicationDemo } from './seed-publication-demo';

/** The third step of `node main.js seed` outside production: the portal's demo history. */
export async function seedPublicationDemoCommand(
  databaseUrl: string,
): Promise<void> {
  const dataSource = new DataSource(
    dataSourceOptions(databaseUrl, database, 'reporting-seed'),
  );
  await dataSource.initialize();
  try {
    const { periodsAdded, reportsAdded } =
      await seedPublicationDemo(dataSource);
    process.stdout.write(
      `reporting: demo history: periods added: ${periodsAdded.join(', ') || 'none'}; approved reports added: ${reportsAdded}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}
