import {
  RunningDevIdporten,
  startDevIdporten,
} from '../support/dev-idporten-process';

const ISSUER = 'https://idporten.test.example';

/**
 * Run as behind a proxy or tunnel: ISSUER is the public URL, and the endpoints follow the host the
 * proxy forwards. (The other suites run on the default issuer, the URL they call.)
 */
describe('discovery', () => {
  let idporten: RunningDevIdporten;

  beforeAll(async () => {
    idporten = await startDevIdporten({ ISSUER, CLIENT_ID: 'another-client' });
  });
  afterAll(async () => {
    await idporten?.stop();
  });

  const viaProxy = (path: string) =>
    fetch(`${idporten.url}${path}`, {
      headers: {
        'x-forwarded-proto': 'https',
        'x-forwarded-host': 'idporten.test.example',
      },
    });

  it('should describe an ID-porten-like provider at /.well-known/openid-configuration', async () => {
    // when
    const response = await viaProxy('/.well-known/openid-configuration');

    // then
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/authorize`,
      token_endpoint: `${ISSUER}/token`,
      jwks_uri: `${ISSUER}/jwk`,
      userinfo_endpoint: `${ISSUER}/userinfo`,
      end_session_endpoint: `${ISSUER}/endsession`,
      pushed_authorization_request_endpoint: `${ISSUER}/par`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      acr_values_supported: ['idporten-loa-substantial', 'idporten-loa-high'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: expect.arrayContaining([
        'client_secret_basic',
        'client_secret_post',
      ]),
      claims_supported: expect.arrayContaining(['sub', 'pid', 'acr', 'amr']),
      authorization_response_iss_parameter_supported: true,
      ui_locales_supported: ['nb', 'nn', 'en', 'se'],
    });
  });

  it('should publish one RS256 public signing key', async () => {
    // when
    const { keys } = (await (await viaProxy('/jwk')).json()) as {
      keys: Record<string, unknown>[];
    };

    // then
    expect(keys).toEqual([
      expect.objectContaining({
        kty: 'RSA',
        alg: 'RS256',
        use: 'sig',
        kid: expect.any(String),
      }),
    ]);
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('should answer /health beside the provider', async () => {
    const response = await fetch(`${idporten.url}/health`);
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({ status: 'ok' });
  });

  it('should show the configured issuer and client on its landing page', async () => {
    // when
    const landing = await (await fetch(`${idporten.url}/`)).text();

    // then
    expect(landing).toContain(`${ISSUER}/.well-known/openid-configuration`);
    expect(landing).toContain('<dd>another-client</dd>');
  });
});
