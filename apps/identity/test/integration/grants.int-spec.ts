import {
  bergenConcernAdmin,
  bergenReporter,
  IdentityTestApp,
  platformAdmin,
  startIdentityApp,
} from '../support/identity-test-app';

const NEW_PERSON = '15897510682';
const OTHER_PERSON = '26918810772';

describe('granting and revoking roles', () => {
  let identity: IdentityTestApp;

  beforeAll(async () => {
    identity = await startIdentityApp('grants');
  });
  afterAll(() => identity?.close());

  const grant = (body: Record<string, unknown>, as = platformAdmin) =>
    identity.call('POST', '/grants', { as, body });

  it('a platform admin grants a role by fødselsnummer, before the first login, and it is audited', async () => {
    // when
    const granted = await grant({
      pid: NEW_PERSON,
      name: 'Lise Larsen',
      role: 'statsforvalter-caseworker',
      scope: { type: 'office', id: 'sf-oslo-viken' },
      reason: 'Ny saksbehandler',
    });

    // then
    expect(granted.status).toBe(201);
    const user = await identity.call('GET', `/users?pid=${NEW_PERSON}`);
    expect(user.body).toMatchObject({
      name: 'Lise Larsen',
      registered: false,
      grants: [
        {
          role: 'statsforvalter-caseworker',
          scope: { type: 'office', id: 'sf-oslo-viken' },
        },
      ],
    });
    const audit = await identity.call('GET', `/audit?userId=${user.body.id}`);
    expect(audit.body).toMatchObject([
      {
        action: 'grant',
        actorId: 'admin-1',
        role: 'statsforvalter-caseworker',
        scopeId: 'sf-oslo-viken',
        reason: 'Ny saksbehandler',
      },
    ]);
  });

  it('refuses the same live grant twice, a scope the role cannot have and a bad fødselsnummer', async () => {
    const body = {
      pid: OTHER_PERSON,
      role: 'unit-reporter',
      scope: { type: 'unit', id: '1103' },
    };
    expect((await grant(body)).status).toBe(201);
    const again = await grant(body);
    expect(again).toMatchObject({
      status: 409,
      body: { code: 'IDENTITY.GRANT_EXISTS' },
    });
    expect((await grant({ ...body, scope: { type: 'national' } })).status).toBe(
      400,
    );
    const badPid = await grant({ ...body, pid: '15897510683' });
    expect(badPid.status).toBe(400);
    expect(badPid.body.message).toContain('fødselsnummer');
  });

  it('revokes a grant once, audited; the second revoke is a 404', async () => {
    const granted = await grant({
      pid: OTHER_PERSON,
      role: 'bufdir',
      scope: { type: 'national' },
    });
    const revoked = await identity.call(
      'DELETE',
      `/grants/${granted.body.id}?reason=Sluttet`,
    );
    expect(revoked.status).toBe(200);
    expect(
      (await identity.call('DELETE', `/grants/${granted.body.id}`)).status,
    ).toBe(404);
    const user = await identity.call('GET', `/users?pid=${OTHER_PERSON}`);
    expect(user.body.grants.map((g: { role: string }) => g.role)).toEqual([
      'unit-reporter',
    ]);
    const audit = await identity.call('GET', `/audit?userId=${user.body.id}`);
    expect(audit.body[0]).toMatchObject({
      action: 'revoke',
      role: 'bufdir',
      reason: 'Sluttet',
    });
  });

  it('a bekymringsmelding service admin grants caseworkers of their own kommune only', async () => {
    const caseworker = (unit: string) => ({
      pid: OTHER_PERSON,
      role: 'concern-caseworker',
      scope: { type: 'unit', id: unit },
    });
    expect((await grant(caseworker('4601'), bergenConcernAdmin)).status).toBe(
      201,
    );
    expect((await grant(caseworker('1103'), bergenConcernAdmin)).status).toBe(
      403,
    );
    expect(
      (
        await grant(
          {
            pid: OTHER_PERSON,
            role: 'unit-reporter',
            scope: { type: 'unit', id: '4601' },
          },
          bergenConcernAdmin,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await identity.call('GET', `/users?pid=${OTHER_PERSON}`, {
          as: bergenConcernAdmin,
        })
      ).status,
    ).toBe(403);
  });

  it('refuses everyone else: a reporter gets 403, no token 401', async () => {
    const body = {
      pid: OTHER_PERSON,
      role: 'platform-admin',
      scope: { type: 'national' },
    };
    expect((await grant(body, bergenReporter)).status).toBe(403);
    expect(
      (await identity.call('GET', '/audit', { as: bergenReporter })).status,
    ).toBe(403);
    expect(
      (
        await identity.call('GET', `/users?pid=${OTHER_PERSON}`, {
          as: bergenReporter,
        })
      ).status,
    ).toBe(403);
    expect(
      (await identity.call('POST', '/grants', { as: null, body })).status,
    ).toBe(401);
  });

  it('answers /me only for a person identity knows', async () => {
    expect(
      (await identity.call('GET', '/me', { as: bergenReporter })).status,
    ).toBe(404);
    expect((await identity.call('GET', '/me', { as: null })).status).toBe(401);
  });
});
