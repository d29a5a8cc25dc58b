import { formatGrant, parseGrant, Role } from './roles';

describe('grants in compact form', () => {
  it('round-trips every kind of scope', () => {
    for (const text of [
      'unit-reporter@unit:4601',
      'unit-reporter@unit:030101',
      'statsforvalter-caseworker@office:sf-vestland',
      'publication-reader@county:46',
      'bufdir@national',
    ]) {
      const grant = parseGrant(text);
      expect(grant && formatGrant(grant)).toBe(text);
    }
  });

  it('refuses unknown roles, malformed ids and scopes the role cannot have', () => {
    expect(parseGrant('superuser@national')).toBeNull();
    expect(parseGrant('unit-reporter@unit:46')).toBeNull();
    expect(parseGrant('unit-reporter@national')).toBeNull();
    expect(parseGrant('bufdir@unit:4601')).toBeNull();
    expect(parseGrant('statsforvalter-caseworker@office:Vestland')).toBeNull();
    expect(parseGrant('no-at-sign')).toBeNull();
  });

  it('parses into role and scope', () => {
    expect(parseGrant('concern-admin@unit:1103')).toEqual({
      role: Role.CONCERN_ADMIN,
      scope: { type: 'unit', id: '1103' },
    });
  });
});
