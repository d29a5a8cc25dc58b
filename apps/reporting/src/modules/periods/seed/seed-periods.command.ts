import { dataSourceOptions } from '@bvr/service-kit';
import { DataSource } from 'typeorm';
import { database } from '../../../database';
import { seedPeriods } from './seed-periods';

/** The second step of `node main.js seed`: the reporting periods (see `seeded-periods.ts`). */
export async function seedPeriodsCommand(databaseUrl: string): Promise<void> {
  const dataSource = new DataSource(
    dataSourceOptions(databaseUrl, database, 'reporting-seed'),
  );
  await dataSource.initialize();
  try {
    const { added, kept } = await seedPeriods(dataSource);
    process.stdout.write(
      `reporting: periods added: ${added.join(', ') || 'none'}; already there: ${kept.join(', ') || 'none'}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}
