import { z } from 'zod';
import type { ReferenceDataSet } from '../domain/reference-data-set';
import { at, InvalidReferenceDataError } from './invalid-reference-data.error';
import { parseCsv } from './parse-csv';
import {
  columnsOf,
  ReferenceFileKey,
  referenceFiles,
  ReferenceFileTexts,
} from './reference-file.schemas';

type RowOf<K extends ReferenceFileKey> = z.infer<
  (typeof referenceFiles)[K]['row']
>;
interface Located<T> {
  line: number;
  row: T;
}

/**
 * Parses and validates the four files as one data set: every row on its own (zod), then across
 * files (every fylke's office is known, every kommune's fylke exists, every bydel's kommune exists).
 * Throws `InvalidReferenceDataError` listing every problem with its file and line.
 */
export function buildReferenceDataSet(
  texts: ReferenceFileTexts,
): ReferenceDataSet {
  const problems: string[] = [];
  const offices = readRows('offices', texts, problems);
  const fylker = readRows('fylker', texts, problems);
  const kommuner = readRows('kommuner', texts, problems);
  const bydeler = readRows('bydeler', texts, problems);

  const officeFile = referenceFiles.offices.file;
  const fylkeFile = referenceFiles.fylker.file;
  const kommuneFile = referenceFiles.kommuner.file;
  const bydelFile = referenceFiles.bydeler.file;

  reportDuplicates(officeFile, offices, (r) => `id ${r.id}`, problems);
  reportDuplicates(officeFile, offices, (r) => `navn "${r.navn}"`, problems);
  reportDuplicates(
    fylkeFile,
    fylker,
    (r) => `fylkesnummer ${r.fylkesnummer}`,
    problems,
  );
  reportDuplicates(
    kommuneFile,
    kommuner,
    (r) => `kommunenummer ${r.kommunenummer}`,
    problems,
  );
  reportDuplicates(
    bydelFile,
    bydeler,
    (r) => `bydelsnummer ${r.bydelsnummer}`,
    problems,
  );

  const officeIdByName = new Map(offices.map(({ row }) => [row.navn, row.id]));
  for (const { line, row } of fylker) {
    if (!officeIdByName.has(row.statsforvalter))
      problems.push(
        `${at(fylkeFile, line)}: unknown Statsforvalter office "${row.statsforvalter}" (not in ${officeFile})`,
      );
  }
  const coveringOffices = new Set(fylker.map(({ row }) => row.statsforvalter));
  for (const { line, row } of offices) {
    if (!coveringOffices.has(row.navn))
      problems.push(
        `${at(officeFile, line)}: office ${row.id} covers no fylke in ${fylkeFile}`,
      );
  }

  const fylkeNumbers = new Set(fylker.map(({ row }) => row.fylkesnummer));
  for (const { line, row } of kommuner) {
    if (!fylkeNumbers.has(row.fylkesnummer))
      problems.push(
        `${at(kommuneFile, line)}: fylkesnummer ${row.fylkesnummer} is not in ${fylkeFile}`,
      );
    else if (!row.kommunenummer.startsWith(row.fylkesnummer))
      problems.push(
        `${at(kommuneFile, line)}: kommunenummer ${row.kommunenummer} does not start with its fylkesnummer ${row.fylkesnummer}`,
      );
  }

  const kommuneNumbers = new Set(kommuner.map(({ row }) => row.kommunenummer));
  for (const { line, row } of bydeler) {
    if (!kommuneNumbers.has(row.kommunenummer))
      problems.push(
        `${at(bydelFile, line)}: kommunenummer ${row.kommunenummer} is not in ${kommuneFile}`,
      );
    else if (!row.bydelsnummer.startsWith(row.kommunenummer))
      problems.push(
        `${at(bydelFile, line)}: bydelsnummer ${row.bydelsnummer} does not start with its kommunenummer ${row.kommunenummer}`,
      );
  }

  if (problems.length > 0) throw new InvalidReferenceDataError(problems);
  return {
    offices: offices.map(({ row }) => ({ id: row.id, name: row.navn })),
    fylker: fylker.map(({ row }) => ({
      number: row.fylkesnummer,
      name: row.fylkesnavn,
      officeId: officeIdByName.get(row.statsforvalter) as string,
    })),
    kommuner: kommuner.map(({ row }) => ({
      number: row.kommunenummer,
      name: row.kommunenavn,
      fylkeNumber: row.fylkesnummer,
    })),
    bydeler: bydeler.map(({ row }) => ({
      number: row.bydelsnummer,
      name: row.bydelsnavn,
      kommuneNumber: row.kommunenummer,
    })),
  };
}

function readRows<K extends ReferenceFileKey>(
  key: K,
  texts: ReferenceFileTexts,
  problems: string[],
): Located<RowOf<K>>[] {
  const { file, row: schema, mayBeEmpty } = referenceFiles[key];
  const parsed = parseCsv(file, texts[key], columnsOf(key));
  problems.push(...parsed.problems);
  if (!mayBeEmpty && parsed.rows.length === 0 && parsed.problems.length === 0)
    problems.push(`${file}: no records after the header`);
  const rows: Located<RowOf<K>>[] = [];
  for (const { line, values } of parsed.rows) {
    const result = schema.safeParse(values);
    if (result.success) rows.push({ line, row: result.data as RowOf<K> });
    else
      problems.push(
        `${at(file, line)}: ${result.error.issues.map((issue) => issue.message).join(', ')}`,
      );
  }
  return rows;
}

function reportDuplicates<T>(
  file: string,
  rows: Located<T>[],
  describe: (row: T) => string,
  problems: string[],
): void {
  const firstLine = new Map<string, number>();
  for (const { line, row } of rows) {
    const key = describe(row);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, line);
    else problems.push(`${at(file, line)}: ${key} repeats line ${first}`);
  }
}
