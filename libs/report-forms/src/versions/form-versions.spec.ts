import { allPoints, findPoint } from '../model/form-points';
import type { FormDefinition, FormPoint } from '../model/form-definition';
import {
  formVersion,
  formVersionForPeriod,
  HALVARSRAPPORT_VERSIONS,
} from './form-versions';
import { HALVARSRAPPORT_V1 } from './halvarsrapport-v1';
import { HALVARSRAPPORT_V2 } from './halvarsrapport-v2';
import { reviseDefinition } from './revise-definition';

function pointOf(definition: FormDefinition, id: string): FormPoint {
  const point = findPoint(definition, id);
  if (!point)
    throw new Error(`no point ${id} in version ${definition.version}`);
  return point;
}

describe('seeded versions', () => {
  it('should carry A3 and A3.1 with the exact text of the 2016 letter, in part 4', () => {
    const a3 = pointOf(HALVARSRAPPORT_V1, 'A3');
    const a31 = pointOf(HALVARSRAPPORT_V1, 'A3.1');

    expect(a3.label).toBe(
      'Antall barn med tiltaksplan som har hatt sammenhengende tiltak etter § 4-4 i 3 måneder eller mer på registreringstidspunktet',
    );
    expect(a31.label).toBe(
      'Antall barn som har hatt sin tiltaksplan evaluert siste halvår',
    );
    expect(a31.parentId).toBe('A3');
    expect(HALVARSRAPPORT_V1.parts.find((part) => part.number === 4)).toEqual(
      expect.objectContaining({
        title: 'Antall barn totalt i tiltak på registreringstidspunktet',
      }),
    );
  });

  it('should let the Statsforvalter fill the extension point, named after the office of the time', () => {
    const v1 = pointOf(HALVARSRAPPORT_V1, 'U3');
    const v2 = pointOf(HALVARSRAPPORT_V2, 'U3');

    expect(v1).toMatchObject({ filledBy: 'statsforvalter', required: true });
    expect(v1.label).toBe(
      'Antall saker med mellom 3-6 måneders undersøkelsestid hvor beslutning om utvidet undersøkelse er godkjent av fylkesmannen',
    );
    expect(v2).toMatchObject({ filledBy: 'statsforvalter', required: false });
    expect(v2.label).toMatch(/godkjent av statsforvalteren$/);
  });

  it('should withdraw the positions points in 2023 without re-lettering them', () => {
    for (const id of ['S1', 'S2', 'S3']) {
      expect(pointOf(HALVARSRAPPORT_V1, id).withdrawn).toBeUndefined();
      expect(pointOf(HALVARSRAPPORT_V2, id)).toMatchObject({
        id,
        kind: 'decimal',
        withdrawn: true,
      });
    }
  });

  it('should keep every letter, with its kind and part, in every later version', () => {
    for (let i = 1; i < HALVARSRAPPORT_VERSIONS.length; i++) {
      const [before, after] = [
        HALVARSRAPPORT_VERSIONS[i - 1],
        HALVARSRAPPORT_VERSIONS[i],
      ];
      expect(after.version).toBeGreaterThan(before.version);
      for (const point of allPoints(before)) {
        expect(pointOf(after, point.id).kind).toBe(point.kind);
      }
    }
  });

  it('should refer only to the 2021 Act in 2023, marking those references as modelled', () => {
    const references = allPoints(HALVARSRAPPORT_V2).filter(
      (point) => point.legalReference,
    );

    expect(references.length).toBeGreaterThan(0);
    for (const point of references) {
      expect(point.legalReference).toMatch(/^barnevernsloven § \d+-\d+$/);
      expect(point.legalReferenceProvenance).toBe('modelled');
    }
    expect(
      allPoints(HALVARSRAPPORT_V2)
        .map((p) => p.label)
        .join(),
    ).not.toMatch(/§ 4-4/);
  });

  it.each(HALVARSRAPPORT_VERSIONS.map((d) => [d.version, d] as const))(
    'should name a source for every point of version %i, and a seed file or export column when confirmed',
    (_version, definition) => {
      for (const point of allPoints(definition)) {
        expect(point.source).toBeTruthy();
        if (point.provenance === 'confirmed') {
          expect(point.source).toMatch(/seeds\/0\d\d_|export column/);
        }
      }
    },
  );
});

describe('formVersionForPeriod', () => {
  it.each([
    [2016, 1, undefined],
    [2016, 2, 1],
    [2022, 2, 1],
    [2023, 1, 2],
    [2030, 2, 2],
  ] as const)('should use for %i/%i version %p', (year, half, expected) => {
    expect(formVersionForPeriod({ year, half })?.version).toBe(expected);
  });

  it('should find a version by number', () => {
    expect(formVersion(2)).toBe(HALVARSRAPPORT_V2);
    expect(formVersion(9)).toBeUndefined();
  });
});

describe('reviseDefinition', () => {
  it('should refuse changes to a point the base version does not have', () => {
    expect(() =>
      reviseDefinition(HALVARSRAPPORT_V2, {
        version: 3,
        validFrom: { year: 2024, half: 1 },
        points: { X1: { required: false } },
      }),
    ).toThrow('Versjon 3 endrer punkter som ikke finnes i versjon 2: X1.');
  });

  it('should remove a field set to undefined and leave other points as they were', () => {
    const v3 = reviseDefinition(HALVARSRAPPORT_V2, {
      version: 3,
      validFrom: { year: 2024, half: 1 },
      points: {
        U1: { legalReference: undefined, legalReferenceProvenance: undefined },
      },
    });

    expect('legalReference' in pointOf(v3, 'U1')).toBe(false);
    expect(pointOf(v3, 'A3')).toBe(pointOf(HALVARSRAPPORT_V2, 'A3'));
    expect(v3.title).toBe(HALVARSRAPPORT_V2.title);
  });
});
