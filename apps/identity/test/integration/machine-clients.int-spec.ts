import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
} from 'jose';
import { randomUUID } from 'node:crypto';
import {
  bergenReporter,
  IdentityTestApp,
  startIdentityApp,
  TOKEN_ISSUER,
} from '../support/identity-test-app';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** A case system (fagsystem) that reports for Bergen, Maskinporten style. */
describe('machine clients', () => {
  let identity: IdentityTestApp;
  let key: { privateKey: CryptoKey; publicKey: CryptoKey };
  let clientId: string;

  beforeAll(async () => {
    identity = await startIdentityApp('machine');
    key = await generateKeyPair('ES256', { extractable: true });
    const registered = await identity.call('POST', '/machine-clients', {
      body: {
        name: 'Fagsystem Bergen',
        orgNumber: '964338531',
        unitId: '4601',
        publicJwk: await exportJWK(key.publicKey),
      },
    });
    expect(registered.status).toBe(201);
    clientId = registered.body.clientId;
  });
  afterAll(() => identity?.close());

  const now = () => Math.floor(Date.now() / 1000);
  const assertion = (
    claims: Record<string, unknown> = {},
    signWith: CryptoKey = key.privateKey,
  ) =>
    new SignJWT({ scope: 'reporting', ...claims })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer((claims['iss'] as string) ?? clientId)
      .setAudience((claims['aud'] as string) ?? TOKEN_ISSUER)
      .setIssuedAt((claims['iat'] as number) ?? now())
      .setExpirationTime((claims['exp'] as number) ?? now() + 60)
      .setJti((claims['jti'] as string) ?? randomUUID())
      .sign(signWith);
  const exchange = async (jwt: string, grantType = JWT_BEARER) =>
    identity.call('POST', '/oauth/token', {
      as: null,
      form: { grant_type: grantType, assertion: jwt },
    });

  it("gives a signed assertion an access token for the client's kommune and organisation", async () => {
    // when
    const response = await exchange(await assertion());

    // then
    expect(response).toMatchObject({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 300, scope: 'reporting' },
    });
    const jwks = (
      await identity.call('GET', '/.well-known/jwks.json', { as: null })
    ).body;
    const { payload, protectedHeader } = await jwtVerify(
      response.body.access_token,
      createLocalJWKSet(jwks),
      { issuer: TOKEN_ISSUER, audience: 'reporting' },
    );
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(payload).toMatchObject({
      sub: `client:${clientId}`,
      kind: 'machine',
      grants: ['machine-reporter@unit:4601'],
      org: '964338531',
    });
  });

  it('accepts an assertion once (jti)', async () => {
    const jwt = await assertion();
    expect((await exchange(jwt)).status).toBe(200);
    const replay = await exchange(jwt);
    expect(replay).toMatchObject({
      status: 400,
      body: {
        error: 'invalid_grant',
        message: 'This assertion (jti) has been used before',
      },
    });
  });

  it.each([
    [
      'lives longer than 120 s',
      { exp: now() + 300 },
      'exp must be at most 120 s after iat',
    ],
    [
      'is for another audience',
      { aud: 'https://maskinporten.no/' },
      'claim is not accepted',
    ],
    [
      'has expired',
      { iat: now() - 200, exp: now() - 100 },
      'The assertion has expired',
    ],
    [
      'is issued in the future',
      { iat: now() + 60, exp: now() + 90 },
      'iat must be within 10 s of now',
    ],
    [
      'asks for an unknown service',
      { scope: 'elsewhere' },
      'No access tokens are issued for "elsewhere"',
    ],
  ])('refuses an assertion that %s', async (_, claims, message) => {
    const response = await exchange(await assertion(claims));
    expect(response.status).toBe(400);
    expect(response.body.message).toContain(message);
  });

  it('refuses an assertion signed with another key, and one from an unknown client', async () => {
    const stranger = await generateKeyPair('ES256');
    const forged = await exchange(await assertion({}, stranger.privateKey));
    expect(forged.body).toMatchObject({ error: 'invalid_grant' });
    const unknown = await exchange(await assertion({ iss: randomUUID() }));
    expect(unknown.body).toMatchObject({ error: 'invalid_client' });
    expect(
      (await exchange(await assertion(), 'client_credentials')).status,
    ).toBe(400);
  });

  it('refuses a private key at registration, and registration by anyone but a platform admin', async () => {
    const withPrivate = await identity.call('POST', '/machine-clients', {
      body: {
        name: 'Feil',
        orgNumber: '964338531',
        unitId: '4601',
        publicJwk: await exportJWK(key.privateKey),
      },
    });
    expect(withPrivate.status).toBe(400);
    expect(withPrivate.body.message).toContain('private key');
    const byReporter = await identity.call('POST', '/machine-clients', {
      as: bergenReporter,
      body: {
        name: 'X',
        orgNumber: '964338531',
        unitId: '4601',
        publicJwk: {},
      },
    });
    expect(byReporter.status).toBe(403);
    expect(
      (await identity.call('GET', '/machine-clients', { as: bergenReporter }))
        .status,
    ).toBe(403);
  });

  it('refuses a revoked client from then on', async () => {
    const other = await identity.call('POST', '/machine-clients', {
      body: {
        name: 'Fagsystem Stavanger',
        orgNumber: '964965226',
        unitId: '1103',
        publicJwk: await exportJWK(key.publicKey),
      },
    });
    expect(
      (await identity.call('DELETE', `/machine-clients/${other.body.clientId}`))
        .status,
    ).toBe(204);
    const refused = await exchange(
      await assertion({ iss: other.body.clientId }),
    );
    expect(refused.body).toMatchObject({ error: 'invalid_client' });
  });
});
