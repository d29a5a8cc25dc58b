import type { DataSource } from 'typeorm';
import { isoDateSchema } from '../domain/as-of-date';
import {
  storeReferenceDataVersion,
  StoredVersion,
} from '../persistence/reference-data-version.writer';
import { buildReferenceDataSet } from './build-reference-data-set';
import { referenceContentHash } from './content-hash';
import { readReferenceFiles } from './reference-files';

export interface SeedOptions {
  /** Directory holding the four files (see `reference-file.schemas.ts`). */
  dir: string;
  /** `YYYY-MM-DD`: from this date on, "as of" answers come from this data. */
  validFrom: string;
  /** Where the files come from, for people reading the version table. */
  source: string;
}

export interface SeedResult extends StoredVersion {
  counts: {
    offices: number;
    fylker: number;
    kommuner: number;
    bydeler: number;
  };
}

/**
 * Loads the files in `dir` as one reference data version. Idempotent: the same data with the same
 * valid-from date is recognised by its content hash and loads nothing. Invalid files load nothing.
 */
export async function seedReferenceData(
  dataSource: DataSource,
  options: SeedOptions,
): Promise<SeedResult> {
  const validFrom = options.validFrom;
  if (!isoDateSchema.safeParse(validFrom).success)
    throw new Error(
      `valid-from must be a date as YYYY-MM-DD, got "${validFrom}"`,
    );
  const set = buildReferenceDataSet(await readReferenceFiles(options.dir));
  const stored = await storeReferenceDataVersion(
    dataSource,
    {
      validFrom,
      source: options.source,
      contentHash: referenceContentHash(validFrom, set),
    },
    set,
  );
  return {
    ...stored,
    counts: {
      offices: set.offices.length,
      fylker: set.fylker.length,
      kommuner: set.kommuner.length,
      bydeler: set.bydeler.length,
    },
  };
}
