import type { DataSource } from 'typeorm';
import { periodName } from '../domain/reporting-period';
import { ReportingPeriod } from '../persistence/reporting-period.orm-entity';
import { ReportingPeriodRepository } from '../persistence/reporting-period.repository';
import { SEED_PRINCIPAL, SEEDED_PERIODS } from './seeded-periods';

export interface PeriodSeedResult {
  /** Names of the periods this run added, e.g. `1. halvår 2023`. */
  added: string[];
  /** Those whose half-year already had a period, left as they were (Bufdir may have moved a deadline). */
  kept: string[];
}

/** Adds the seeded periods that are missing. Idempotent, and never overwrites a period that exists. */
export async function seedPeriods(
  dataSource: DataSource,
): Promise<PeriodSeedResult> {
  const repository = new ReportingPeriodRepository(
    dataSource.getRepository(ReportingPeriod),
  );
  const added = new Set(
    (await repository.insertMissing([...SEEDED_PERIODS], SEED_PRINCIPAL)).map(
      ({ year, half }) => periodName(year, half),
    ),
  );
  const names = SEEDED_PERIODS.map((t) => periodName(t.year, t.half));
  return {
    added: names.filter((name) => added.has(name)),
    kept: names.filter((name) => !added.has(name)),
  };
}
