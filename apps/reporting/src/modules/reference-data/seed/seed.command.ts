import { dataSourceOptions } from '@bvr/service-kit';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { database } from '../../../database';
import { isoDateSchema } from '../domain/as-of-date';
import { InvalidReferenceDataError } from './invalid-reference-data.error';
import {
  BUNDLED_SOURCE,
  BUNDLED_VALID_FROM,
  bundledReferenceDataDir,
} from './reference-files';
import { seedReferenceData, SeedOptions } from './seed-reference-data';

/**
 * `node main.js seed [--dir <path> --valid-from YYYY-MM-DD --source <text>]`: loads the bundled files
 * (valid from 2026-01-01), or a later data set such as a kommune merge from another directory.
 * Resolves to whether the reference data is in place (a refusal has been written to stderr).
 */
export async function seedCommand(
  databaseUrl: string,
  args: string[],
): Promise<boolean> {
  let options: SeedOptions;
  try {
    options = seedOptionsFrom(args);
  } catch (error) {
    return fail(`reporting seed: ${(error as Error).message}`);
  }
  const dataSource = new DataSource(
    dataSourceOptions(databaseUrl, database, 'reporting-seed'),
  );
  await dataSource.initialize();
  try {
    const { created, version, counts } = await seedReferenceData(
      dataSource,
      options,
    );
    const what = `${counts.offices} offices, ${counts.fylker} fylker, ${counts.kommuner} kommuner, ${counts.bydeler} bydeler`;
    process.stdout.write(
      created
        ? `reporting: loaded reference data version ${version.id} valid from ${version.validFrom} (${what})\n`
        : `reporting: reference data already loaded as version ${version.id} valid from ${version.validFrom}; nothing to do\n`,
    );
    return true;
  } catch (error) {
    if (!(error instanceof InvalidReferenceDataError)) throw error;
    return fail(
      `reporting: invalid reference data, nothing was loaded:\n  ${error.problems.join('\n  ')}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

function seedOptionsFrom(args: string[]): SeedOptions {
  const { values } = parseArgs({
    args,
    options: {
      dir: { type: 'string' },
      'valid-from': { type: 'string' },
      source: { type: 'string' },
    },
    strict: true,
  });
  if (values.dir === undefined)
    return {
      dir: bundledReferenceDataDir(),
      validFrom: BUNDLED_VALID_FROM,
      source: BUNDLED_SOURCE,
    };
  const validFrom = values['valid-from'];
  if (validFrom === undefined)
    throw new Error(
      '--dir needs --valid-from YYYY-MM-DD (the date the data set takes effect)',
    );
  if (!isoDateSchema.safeParse(validFrom).success)
    throw new Error(
      `--valid-from must be a date as YYYY-MM-DD, got "${validFrom}"`,
    );
  return {
    dir: values.dir,
    validFrom,
    source: values.source ?? `reference data files in ${values.dir}`,
  };
}

function fail(message: string): false {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
  return false;
}
