import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidReferenceDataError } from './invalid-reference-data.error';
import {
  ReferenceFileKey,
  referenceFiles,
  ReferenceFileTexts,
} from './reference-file.schemas';

/** The bundled files are the classification as of this date (`kommuner.csv` is SSB's 2026-01-01 list). */
export const BUNDLED_VALID_FROM = '2026-01-01';
export const BUNDLED_SOURCE =
  'SSB Klass 131 kommuner (2026-01-01), 104 fylker, 1168 bydeler (2020); Statsforvalter offices (2024 structure)';

/**
 * Where the bundled files are: next to `dist/apps/reporting/main.js` (copied there by the build's
 * `assets`), or in `src/reference-data/data` when this file runs from source (ts-jest).
 */
export function bundledReferenceDataDir(): string {
  const candidates = [
    join(__dirname, 'reference-data', 'data'),
    join(__dirname, '..', '..', '..', 'reference-data', 'data'),
  ];
  const found = candidates.find((dir) =>
    existsSync(join(dir, referenceFiles.kommuner.file)),
  );
  if (!found)
    throw new Error(
      `Reference data files not found; looked in ${candidates.join(', ')}`,
    );
  return found;
}

export async function readReferenceFiles(
  dir: string,
): Promise<ReferenceFileTexts> {
  const keys = Object.keys(referenceFiles) as ReferenceFileKey[];
  const missing = keys
    .map((key) => referenceFiles[key].file)
    .filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0)
    throw new InvalidReferenceDataError(
      missing.map((file) => `${file}: not found in ${dir}`),
    );
  const texts = await Promise.all(
    keys.map((key) => readFile(join(dir, referenceFiles[key].file), 'utf8')),
  );
  return Object.fromEntries(
    keys.map((key, i) => [key, texts[i]]),
  ) as ReferenceFileTexts;
}
