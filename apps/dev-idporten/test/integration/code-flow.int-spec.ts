import {
  CLIENT_ID,
  RunningDevIdporten,
  startDevIdporten,
} from '../support/dev-idporten-process';
import { verifyIdToken } from '../support/id-token';
import { RelyingParty } from '../support/relying-party';

const KARI = '01818510159';

/** The authorization code flow as a client of ID-porten runs it, against the built app. */
describe('authorization code flow with PKCE', () => {
  let idporten: RunningDevIdporten;

  beforeAll(async () => {
    idporten = await startDevIdporten();
  });
  afterAll(async () => {
    await idporten?.stop();
  });

  it('should log Kari Nordmann in at idporten-loa-high and issue a verifiable id_token', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const request = client.authorizationRequest({
      acr_values: 'idporten-loa-high',
    });

    // when: the browser reaches the login page, and Kari logs in
    const page = await client.authorize(request);
    const callback = await client.submitLogin(page, { person: KARI });

    // then: back at the client with code, state and iss
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>Logg inn med TestID</h1>');
    expect(callback.status).toBe(303);
    const redirect = new URL(callback.location ?? '');
    expect(`${redirect.origin}${redirect.pathname}`).toBe(
      'http://127.0.0.1:4100/auth/callback',
    );
    expect(redirect.searchParams.get('state')).toBe(request.state);
    expect(redirect.searchParams.get('iss')).toBe(idporten.url);
    const code = redirect.searchParams.get('code');
    expect(code).toEqual(expect.any(String));

    // when: the client redeems the code with its verifier and client_secret_basic
    const tokens = await client.token(code ?? '', request.codeVerifier);

    // then
    expect(tokens.status).toBe(200);
    expect(tokens.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 120,
      access_token: expect.any(String),
      id_token: expect.any(String),
    });
    const claims = await verifyIdToken(
      String(tokens.json['id_token']),
      `${idporten.url}/jwk`,
    );
    expect(claims).toMatchObject({
      iss: idporten.url,
      aud: CLIENT_ID,
      nonce: request.nonce,
      acr: 'idporten-loa-high',
      amr: ['TestID'],
      pid: KARI,
    });
    expect(claims.sub).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(claims.sub).not.toBe(KARI);
    expect(claims.exp - claims.iat).toBe(120);
  });

  it('should default to idporten-loa-substantial and accept client_secret_post', async () => {
    // given
    const client = new RelyingParty(idporten.url);

    // when
    const { request, callback } = await client.logIn({ person: KARI });
    const tokens = await client.token(
      callback.searchParams.get('code') ?? '',
      request.codeVerifier,
      'client_secret_post',
    );

    // then
    expect(tokens.status).toBe(200);
    const claims = await verifyIdToken(
      String(tokens.json['id_token']),
      `${idporten.url}/jwk`,
    );
    expect(claims.acr).toBe('idporten-loa-substantial');
  });

  it('should let the person choose a lower level than requested, so the client must check acr', async () => {
    // given
    const client = new RelyingParty(idporten.url);

    // when
    const { request, callback } = await client.logIn(
      { person: KARI, acr: 'idporten-loa-substantial' },
      { acr_values: 'idporten-loa-high' },
    );
    const tokens = await client.token(
      callback.searchParams.get('code') ?? '',
      request.codeVerifier,
    );

    // then
    const claims = await verifyIdToken(
      String(tokens.json['id_token']),
      `${idporten.url}/jwk`,
    );
    expect(claims.acr).toBe('idporten-loa-substantial');
  });

  it('should give the same person the same sub every time, and another person another', async () => {
    // when
    const subs = [];
    for (const person of [KARI, KARI, '12837910275']) {
      const client = new RelyingParty(idporten.url);
      const { request, callback } = await client.logIn({ person });
      const tokens = await client.token(
        callback.searchParams.get('code') ?? '',
        request.codeVerifier,
      );
      subs.push(
        (
          await verifyIdToken(
            String(tokens.json['id_token']),
            `${idporten.url}/jwk`,
          )
        ).sub,
      );
    }

    // then
    expect(subs[1]).toBe(subs[0]);
    expect(subs[2]).not.toBe(subs[0]);
  });

  it('should accept a typed fødselsnummer that is not among the test persons', async () => {
    // given
    const client = new RelyingParty(idporten.url);

    // when
    const { request, callback } = await client.logIn({
      fodselsnummer: '47906701517',
      acr: 'idporten-loa-high',
    });
    const tokens = await client.token(
      callback.searchParams.get('code') ?? '',
      request.codeVerifier,
    );

    // then
    const claims = await verifyIdToken(
      String(tokens.json['id_token']),
      `${idporten.url}/jwk`,
    );
    expect(claims).toMatchObject({
      pid: '47906701517',
      acr: 'idporten-loa-high',
    });
  });

  it('should give the foreign eID person an id_token without pid', async () => {
    // given
    const client = new RelyingParty(idporten.url);

    // when
    const { request, callback } = await client.logIn({
      person: 'eidas-jane-doe',
    });
    const tokens = await client.token(
      callback.searchParams.get('code') ?? '',
      request.codeVerifier,
    );

    // then
    const claims = await verifyIdToken(
      String(tokens.json['id_token']),
      `${idporten.url}/jwk`,
    );
    expect(claims).not.toHaveProperty('pid');
    expect(claims).toMatchObject({
      amr: ['TestID'],
      acr: 'idporten-loa-substantial',
    });
    expect(claims.sub).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should log in again without the login page while the ID-porten session lasts (SSO)', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    await client.logIn({ person: KARI });

    // when
    const again = await client.authorize(client.authorizationRequest());

    // then
    expect(again.location).toMatch(
      /^http:\/\/127\.0\.0\.1:4100\/auth\/callback\?code=/,
    );
  });

  it('should serve userinfo for the access token', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const { request, callback } = await client.logIn({ person: KARI });
    const tokens = await client.token(
      callback.searchParams.get('code') ?? '',
      request.codeVerifier,
    );

    // when
    const response = await fetch(`${idporten.url}/userinfo`, {
      headers: {
        authorization: `Bearer ${String(tokens.json['access_token'])}`,
      },
    });

    // then
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toMatchObject({
      pid: KARI,
      sub: expect.any(String),
    });
  });

  it('should keep fødselsnummer out of its logs', () => {
    expect(idporten.output()).toContain(
      'TestID login at idporten-loa-high, with pid',
    );
    expect(idporten.output()).not.toMatch(
      /01818510159|47906701517|12837910275/,
    );
  });
});
