import { Principal as Caller } from '@bvr/auth';
import { type Grant, parseGrant } from '@bvr/contracts';
import { candidateGroupsOf } from './principal';

const caller = (...grants: string[]) =>
  new Caller(
    'u',
    'person',
    null,
    grants.map((g) => parseGrant(g) as Grant),
  );

describe('candidateGroupsOf', () => {
  it('maps grants to the groups the models name', () => {
    expect(
      candidateGroupsOf(
        caller(
          'statsforvalter-caseworker@office:sf-vestland',
          'unit-reporter@unit:4601',
          'unit-reporter@unit:030101',
          'platform-admin@national',
          'bufdir@national',
          'concern-caseworker@unit:1103',
        ),
      ),
    ).toEqual([
      'statsforvalter:sf-vestland',
      'kommune:4601',
      'kommune:030101',
      'admin',
      'bufdir',
      'bekymringsmelding:1103',
    ]);
  });

  it('gives a publication reader no task groups', () => {
    expect(candidateGroupsOf(caller('publication-reader@national'))).toEqual(
      [],
    );
  });
});
