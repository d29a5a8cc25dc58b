import {
  bergenConcernAdmin,
  Caller,
  IdentityTestApp,
  platformAdmin,
  startIdentityApp,
} from '../support/identity-test-app';

/** Synthetic fødselsnumre (month + 80). */
const KOMMUNE_CASEWORKER = '01819010001';
const BYDEL_CASEWORKER = '02828517409';
const OTHER_KOMMUNE_CASEWORKER = '03837810050';
const FORMER_CASEWORKER = '04849210020';
const REPORTER = '05856610049';

const askoyConcernAdmin: Caller = {
  id: 'concern-admin-2',
  grants: ['concern-admin@unit:1103'],
};
const personWithoutRole: Caller = { id: 'nobody-1', grants: [] };

describe('listing the caseworker grants of a unit', () => {
  let identity: IdentityTestApp;

  const grant = (
    pid: string,
    name: string,
    role: string,
    unitId: string,
    as = platformAdmin,
  ) =>
    identity.call('POST', '/grants', {
      as,
      body: { pid, name, role, scope: { type: 'unit', id: unitId } },
    });
  const list = (query: string, as: Caller | null = bergenConcernAdmin) =>
    identity.call('GET', `/grants?${query}`, { as });

  beforeAll(async () => {
    identity = await startIdentityApp('unit-grants');
    const given = [
      await grant(
        KOMMUNE_CASEWORKER,
        'Kari Nordmann',
        'concern-caseworker',
        '4601',
      ),
      await grant(
        BYDEL_CASEWORKER,
        'Ola Bergenhus',
        'concern-caseworker',
        '460102',
        bergenConcernAdmin,
      ),
      await grant(
        OTHER_KOMMUNE_CASEWORKER,
        'Siri Stavanger',
        'concern-caseworker',
        '1103',
      ),
      await grant(REPORTER, 'Per Rapportør', 'unit-reporter', '4601'),
    ];
    expect(given.map((response) => response.status)).toEqual([
      201, 201, 201, 201,
    ]);
    const former = await grant(
      FORMER_CASEWORKER,
      'Tidligere Ansatt',
      'concern-caseworker',
      '4601',
    );
    expect(
      (await identity.call('DELETE', `/grants/${former.body.id}`)).status,
    ).toBe(200);
  });
  afterAll(() => identity?.close());

  it('shows a kommune’s service admin the live caseworkers of the kommune and its bydeler, fødselsnummer masked', async () => {
    // when
    const response = await list('role=concern-caseworker&unitId=4601');

    // then
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        id: expect.any(String),
        userId: expect.any(String),
        role: 'concern-caseworker',
        scope: { type: 'unit', id: '4601' },
        name: 'Kari Nordmann',
        pid: '018190*****',
        grantedAt: expect.any(String),
        grantedBy: 'admin-1',
      },
      {
        id: expect.any(String),
        userId: expect.any(String),
        role: 'concern-caseworker',
        scope: { type: 'unit', id: '460102' },
        name: 'Ola Bergenhus',
        pid: '028285*****',
        grantedAt: expect.any(String),
        grantedBy: 'concern-admin-1',
      },
    ]);
    expect(JSON.stringify(response.body)).not.toContain(KOMMUNE_CASEWORKER);
  });

  it('lists only the bydel itself when asked for a bydel, and any unit for a platform admin', async () => {
    const bydel = await list('role=concern-caseworker&unitId=460102');
    expect(bydel.body.map((g: { name: string }) => g.name)).toEqual([
      'Ola Bergenhus',
    ]);

    const other = await list(
      'role=concern-caseworker&unitId=1103',
      platformAdmin,
    );
    expect(other.status).toBe(200);
    expect(other.body.map((g: { name: string }) => g.name)).toEqual([
      'Siri Stavanger',
    ]);
  });

  it('refuses a service admin of another kommune, and roles the admin does not manage', async () => {
    const otherKommune = await list(
      'role=concern-caseworker&unitId=4601',
      askoyConcernAdmin,
    );
    expect(otherKommune).toMatchObject({
      status: 403,
      body: { code: 'COMMON.FORBIDDEN' },
    });
    expect((await list('role=unit-reporter&unitId=4601')).status).toBe(403);
  });

  it('refuses a person without a role (403) and a caller without a token (401)', async () => {
    expect(
      (await list('role=concern-caseworker&unitId=4601', personWithoutRole))
        .status,
    ).toBe(403);
    expect(
      (await list('role=concern-caseworker&unitId=4601', null)).status,
    ).toBe(401);
  });

  it('refuses a bad unit or role with 400', async () => {
    for (const query of [
      'role=concern-caseworker&unitId=46010',
      'role=concern-caseworker&unitId=abcd',
      'role=concern-caseworker',
      'role=chief&unitId=4601',
    ])
      expect({ query, status: (await list(query)).status }).toEqual({
        query,
        status: 400,
      });
  });
});
