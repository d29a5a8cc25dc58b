import { buildReferenceDataSet } from './build-reference-data-set';
import { referenceContentHash } from './content-hash';
import { InvalidReferenceDataError } from './invalid-reference-data.error';
import { bundledReferenceDataDir, readReferenceFiles } from './reference-files';
import type { ReferenceFileTexts } from './reference-file.schemas';

/** Replaces the record on `line` (1-based, header = 1) of a file's text. */
const replaceLine = (text: string, line: number, record: string) =>
  text
    .split('\n')
    .map((current, i) => (i === line - 1 ? record : current))
    .join('\n');
const appendLine = (text: string, record: string) =>
  `${text.trimEnd()}\n${record}\n`;

function problemsOf(texts: ReferenceFileTexts): string[] {
  try {
    buildReferenceDataSet(texts);
  } catch (error) {
    if (error instanceof InvalidReferenceDataError) return error.problems;
    throw error;
  }
  throw new Error('expected the data set to be rejected');
}

describe('buildReferenceDataSet', () => {
  let bundled: ReferenceFileTexts;

  beforeAll(async () => {
    bundled = await readReferenceFiles(bundledReferenceDataDir());
  });

  it('reads the bundled files: 10 offices, 15 fylker, 357 kommuner, 36 bydeler', () => {
    const set = buildReferenceDataSet(bundled);

    expect(set.offices).toHaveLength(10);
    expect(set.fylker).toHaveLength(15);
    expect(set.kommuner).toHaveLength(357);
    expect(set.bydeler).toHaveLength(36);
    expect(set.fylker.find((fylke) => fylke.number === '03')).toEqual({
      number: '03',
      name: 'Oslo',
      officeId: 'sf-oslo-viken',
    });
  });

  it('names file and line of a kommune number that is not 4 digits', () => {
    const texts = {
      ...bundled,
      kommuner: replaceLine(bundled.kommuner, 3, '101,Eigersund,11'),
    };

    expect(problemsOf(texts)).toEqual([
      'kommuner.csv line 3: kommunenummer must be 4 digits',
    ]);
  });

  it('rejects a kommune whose fylke does not exist, and one whose number does not start with its fylke', () => {
    const texts = {
      ...bundled,
      kommuner: appendLine(
        appendLine(bundled.kommuner, '9901,Atlantis,99'),
        '1199,Feilplassert,46',
      ),
    };

    expect(problemsOf(texts)).toEqual([
      'kommuner.csv line 359: fylkesnummer 99 is not in fylker.csv',
      'kommuner.csv line 360: kommunenummer 1199 does not start with its fylkesnummer 46',
    ]);
  });

  it('rejects a fylke that maps to an office not in the office list', () => {
    const texts = {
      ...bundled,
      fylker: replaceLine(
        bundled.fylker,
        2,
        '03,Oslo,Statsforvalteren i Osloo og Viken',
      ),
    };

    expect(problemsOf(texts)).toEqual([
      'fylker.csv line 2: unknown Statsforvalter office "Statsforvalteren i Osloo og Viken" (not in statsforvalter-offices.csv)',
    ]);
  });

  it('rejects a bydel of an unknown kommune, a bydel number outside its kommune and a 5-digit bydel', () => {
    const texts = {
      ...bundled,
      bydeler: [
        'bydelsnummer,bydelsnavn,kommunenummer',
        '999901,Ingensteds,9999',
        '460101,Arna,0301',
        '03011,Kort,0301',
      ].join('\n'),
    };

    expect(problemsOf(texts)).toEqual([
      'bydeler.csv line 4: bydelsnummer must be 6 digits',
      'bydeler.csv line 2: kommunenummer 9999 is not in kommuner.csv',
      'bydeler.csv line 3: bydelsnummer 460101 does not start with its kommunenummer 0301',
    ]);
  });

  it('rejects a repeated kommune number, naming both lines', () => {
    const texts = {
      ...bundled,
      kommuner: appendLine(bundled.kommuner, '0301,Oslo igjen,03'),
    };

    expect(problemsOf(texts)).toEqual([
      'kommuner.csv line 359: kommunenummer 0301 repeats line 2',
    ]);
  });

  it('rejects a kommune file with only its header', () => {
    const texts = {
      ...bundled,
      kommuner: 'kommunenummer,kommunenavn,fylkesnummer\n',
      bydeler: 'bydelsnummer,bydelsnavn,kommunenummer\n',
    };

    expect(problemsOf(texts)).toEqual([
      'kommuner.csv: no records after the header',
    ]);
  });

  it('puts the first problems in the error message', () => {
    const texts = {
      ...bundled,
      kommuner: replaceLine(bundled.kommuner, 5, '1106,,11'),
    };

    expect(() => buildReferenceDataSet(texts)).toThrow(
      'Invalid reference data, nothing was loaded: kommuner.csv line 5: kommunenavn is empty',
    );
  });
});

describe('referenceContentHash', () => {
  it('is the same for the same data in another order, and differs for another date or another name', async () => {
    const texts = await readReferenceFiles(bundledReferenceDataDir());
    const set = buildReferenceDataSet(texts);
    const reordered = { ...set, kommuner: [...set.kommuner].reverse() };
    const renamed = {
      ...set,
      kommuner: set.kommuner.map((k) =>
        k.number === '0301' ? { ...k, name: 'Oslo' } : k,
      ),
    };

    const hash = referenceContentHash('2026-01-01', set);

    expect(referenceContentHash('2026-01-01', reordered)).toBe(hash);
    expect(referenceContentHash('2027-01-01', set)).not.toBe(hash);
    expect(referenceContentHash('2026-01-01', renamed)).not.toBe(hash);
  });
});
