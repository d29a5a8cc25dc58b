import { parseGrant, type Grant, Role } from '@bvr/contracts';
import { Principal } from './principal';

const principal = (...grants: string[]) =>
  new Principal(
    'p',
    'person',
    null,
    grants.map((g) => parseGrant(g) as Grant),
  );

describe('Principal.covers', () => {
  it('covers a unit by county (the first two digits of the kommunenummer)', () => {
    const reader = principal('publication-reader@county:46');
    expect(reader.covers([Role.PUBLICATION_READER], { unitId: '4601' })).toBe(
      true,
    );
    expect(reader.covers([Role.PUBLICATION_READER], { unitId: '1103' })).toBe(
      false,
    );
  });

  it('covers every unit with a national grant', () => {
    expect(
      principal('bufdir@national').covers([Role.BUFDIR], { unitId: '1103' }),
    ).toBe(true);
  });

  it('covers by office only when the office of the unit is known', () => {
    const sf = principal('statsforvalter-caseworker@office:sf-vestland');
    expect(
      sf.covers([Role.STATSFORVALTER_CASEWORKER], { unitId: '4601' }),
    ).toBe(false);
    expect(
      sf.covers([Role.STATSFORVALTER_CASEWORKER], {
        unitId: '4601',
        officeId: 'sf-vestland',
      }),
    ).toBe(true);
  });
});
