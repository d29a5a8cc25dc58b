import { HALVARSRAPPORT_V1 } from '../versions/halvarsrapport-v1';
import { HALVARSRAPPORT_VERSIONS } from '../versions/form-versions';
import { parseFormDefinition } from './form-definition.schema';

interface PointData {
  [field: string]: unknown;
  id: string;
  kind?: unknown;
  parentId?: unknown;
  withdrawn?: unknown;
  legalReference?: unknown;
}
interface DefinitionData {
  [field: string]: unknown;
  parts: { number: number; title: string; points: PointData[] }[];
}

/** A deep, editable copy of version 1, as Bufdir would edit it as data. */
function v1Data(): DefinitionData {
  return JSON.parse(JSON.stringify(HALVARSRAPPORT_V1)) as DefinitionData;
}

function point(data: DefinitionData, id: string): PointData {
  const found = data.parts
    .flatMap((part) => part.points)
    .find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no point ${id} in test data`);
  return found;
}

function errorsOf(data: unknown): readonly string[] {
  const result = parseFormDefinition(data);
  if (result.success) throw new Error('expected the definition to be refused');
  return result.errors;
}

describe('parseFormDefinition', () => {
  it.each(HALVARSRAPPORT_VERSIONS.map((d) => [d.version, d] as const))(
    'should accept seeded version %i',
    (_version, definition) => {
      // when
      const result = parseFormDefinition(definition);

      // then
      expect(result).toEqual({ success: true, definition });
    },
  );

  it('should refuse a point id used twice, naming both parts', () => {
    // given
    const data = v1Data();
    point(data, 'F5').id = 'A3';

    // then
    expect(errorsOf(data)).toContain(
      'Punktkoden A3 er brukt flere ganger (i del 4 og del 5). En punktkode kan bare brukes én gang.',
    );
  });

  it('should refuse a dangling parent', () => {
    const data = v1Data();
    point(data, 'A3.1').parentId = 'A9';

    expect(errorsOf(data)).toEqual([
      'A3.1 viser til det overordnede punktet A9, som ikke finnes i skjemaet.',
    ]);
  });

  it('should refuse a parent in another part', () => {
    const data = v1Data();
    point(data, 'A3.1').parentId = 'U1';

    expect(errorsOf(data)).toEqual([
      'A3.1 og det overordnede punktet U1 må stå i samme del (A3.1 står i del 4, U1 i del 2).',
    ]);
  });

  it('should refuse points that are each other’s parent, reporting the cycle once', () => {
    const data = v1Data();
    point(data, 'A3').parentId = 'A3.1';

    expect(errorsOf(data)).toEqual([
      'Punktene A3 → A3.1 → A3 er hverandres overordnede punkt. Et punkt kan ikke være underpunkt av seg selv.',
    ]);
  });

  it('should refuse a point that is its own parent', () => {
    const data = v1Data();
    point(data, 'A1').parentId = 'A1';

    expect(errorsOf(data)).toEqual([
      'Punktene A1 → A1 er hverandres overordnede punkt. Et punkt kan ikke være underpunkt av seg selv.',
    ]);
  });

  it('should refuse a sub-point of a count that is not a count', () => {
    const data = v1Data();
    point(data, 'A3.1').kind = 'text';

    expect(errorsOf(data)).toEqual([
      'A3.1 er et underpunkt av A3 og må være av samme type: antall (helt tall), ikke tekst.',
    ]);
  });

  it('should refuse a sub-point placed before its parent', () => {
    const data = v1Data();
    const inHome = data.parts[3];
    inHome.points = [...inHome.points].reverse();

    expect(errorsOf(data)).toContain(
      'A3.1 må stå etter det overordnede punktet A3.',
    );
  });

  it('should refuse an active sub-point of a withdrawn point', () => {
    const data = v1Data();
    point(data, 'A3').withdrawn = true;

    expect(errorsOf(data)).toEqual([
      'A3.1 kan ikke være med i skjemaet når det overordnede punktet A3 er tatt ut. Ta ut A3.1 også.',
    ]);
  });

  it('should place field errors by part number and point id, in Norwegian', () => {
    const data = v1Data();
    point(data, 'A3').kind = 'number';
    point(data, 'A3.1')['requird'] = true;
    point(data, 'U1').id = 'u1';

    expect(errorsOf(data)).toEqual([
      'Del 2, punkt u1, feltet «id»: Punktkoden må være én stor bokstav fulgt av et tall, eventuelt med underpunkt, for eksempel A3 eller A3.1.',
      'Del 4, punkt A3, feltet «kind»: Må være en av: count, decimal, yesNo, text.',
      'Del 4, punkt A3.1: Ukjent felt: requird.',
    ]);
  });

  it('should say which top-level field is missing', () => {
    const data = v1Data();
    delete data['version'];

    expect(errorsOf(data)).toEqual(['Feltet «version»: Feltet mangler.']);
  });

  it('should refuse a legal-reference provenance without a legal reference', () => {
    const data = v1Data();
    delete point(data, 'A3').legalReference;

    expect(errorsOf(data)).toEqual([
      'A3 har opphav for lovhenvisningen (legalReferenceProvenance), men ingen lovhenvisning.',
    ]);
  });
});
