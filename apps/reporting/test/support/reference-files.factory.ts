import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  referenceFiles,
  ReferenceFileKey,
  ReferenceFileTexts,
} from '../../src/modules/reference-data/seed/reference-file.schemas';
import {
  bundledReferenceDataDir,
  readReferenceFiles,
} from '../../src/modules/reference-data/seed/reference-files';

/** The bundled files' text, to start a variation from. */
export const bundledReferenceTexts = () =>
  readReferenceFiles(bundledReferenceDataDir());

/** Number of records (lines after the header) in a file's text. */
export const recordCount = (text: string) =>
  text.trim().split(/\r?\n/).length - 1;

/** Writes the files to a fresh temporary directory; `cleanup` removes it. */
export async function writeReferenceDir(texts: ReferenceFileTexts) {
  const dir = await mkdtemp(join(tmpdir(), 'reporting-reference-data-'));
  await Promise.all(
    (Object.keys(referenceFiles) as ReferenceFileKey[]).map((key) =>
      writeFile(join(dir, referenceFiles[key].file), texts[key], 'utf8'),
    ),
  );
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface KommuneMerge {
  from: string[];
  into: { number: string; name: string; fylke: string };
}

/** The kommuner in `from` are replaced by one new kommune, as a real merge would be published. */
export function withMergedKommuner(
  texts: ReferenceFileTexts,
  merge: KommuneMerge,
): ReferenceFileTexts {
  const lines = texts.kommuner.trim().split('\n');
  const kept = lines.filter((line) => !merge.from.includes(line.split(',')[0]));
  const { number, name, fylke } = merge.into;
  return {
    ...texts,
    kommuner: [...kept, `${number},${name},${fylke}`].join('\n') + '\n',
  };
}
