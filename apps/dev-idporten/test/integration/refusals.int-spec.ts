import {
  REDIRECT_URI,
  RunningDevIdporten,
  runUntilExit,
  startDevIdporten,
} from '../support/dev-idporten-process';
import { parseHtml } from '../support/html';
import { RelyingParty } from '../support/relying-party';

const KARI = '01818510159';

/** What ID-porten refuses, the provider refuses too. */
describe('refusals', () => {
  let idporten: RunningDevIdporten;

  beforeAll(async () => {
    idporten = await startDevIdporten();
  });
  afterAll(async () => {
    await idporten?.stop();
  });

  const errorAtClient = (location: string | undefined) => {
    const url = new URL(location ?? 'about:blank');
    return {
      at: `${url.origin}${url.pathname}`,
      error: url.searchParams.get('error'),
      code: url.searchParams.get('code'),
    };
  };

  it('should refuse an authorization request without code_challenge', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const request = client.authorizationRequest({
      code_challenge: undefined,
      code_challenge_method: undefined,
    });

    // when
    const response = await client.authorize(request);

    // then
    expect(errorAtClient(response.location)).toEqual({
      at: REDIRECT_URI,
      error: 'invalid_request',
      code: null,
    });
  });

  it('should refuse the plain code_challenge_method', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const request = client.authorizationRequest({
      code_challenge_method: 'plain',
    });

    // when
    const response = await client.authorize(request);

    // then
    expect(errorAtClient(response.location)).toMatchObject({
      at: REDIRECT_URI,
      error: 'invalid_request',
    });
  });

  it('should refuse the code with a wrong code_verifier', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const { callback } = await client.logIn({ person: KARI });

    // when
    const tokens = await client.token(
      callback.searchParams.get('code') ?? '',
      'a-verifier-that-is-long-enough-but-belongs-to-another-request',
    );

    // then
    expect(tokens.status).toBe(400);
    expect(tokens.json['error']).toBe('invalid_grant');
  });

  it('should refuse a code used twice', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const { request, callback } = await client.logIn({ person: KARI });
    const code = callback.searchParams.get('code') ?? '';
    const first = await client.token(code, request.codeVerifier);

    // when
    const replay = await client.token(code, request.codeVerifier);

    // then
    expect(first.status).toBe(200);
    expect(replay.status).toBe(400);
    expect(replay.json['error']).toBe('invalid_grant');
  });

  it('should refuse a wrong client secret', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const { request, callback } = await client.logIn({ person: KARI });

    // when
    const response = await fetch(`${idporten.url}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from('barnevern-local:wrong-secret').toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') ?? '',
        redirect_uri: REDIRECT_URI,
        code_verifier: request.codeVerifier,
      }).toString(),
    });

    // then
    expect(response.status).toBe(401);
    await expect(response.json()).resolves.toMatchObject({
      error: 'invalid_client',
    });
  });

  it('should re-render the login page with a Norwegian error linked to an invalid fødselsnummer', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const page = await client.authorize(
      client.authorizationRequest({ acr_values: 'idporten-loa-high' }),
    );

    // when
    const result = await client.submitLogin(page, {
      fodselsnummer: '01818510158',
    });

    // then
    expect(result.status).toBe(400);
    const document = parseHtml(result.body, idporten.url);
    const input = document.getElementById('fodselsnummer') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('01818510158');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(
      'Fødselsnummeret er ikke gyldig. Kontroller at du har skrevet det riktig.',
    );
    const summaryLink = document.querySelector('.error-summary a');
    expect(summaryLink?.getAttribute('href')).toBe('#fodselsnummer');
    expect(document.title).toMatch(/^Feil: /);
    // what the client asked for is kept
    expect((document.getElementById('acr') as HTMLSelectElement).value).toBe(
      'idporten-loa-high',
    );
  });

  it('should still log in after a corrected fødselsnummer', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const page = await client.authorize(client.authorizationRequest());
    const rejected = await client.submitLogin(page, { fodselsnummer: '123' });

    // when
    const result = await client.submitLogin(rejected, { fodselsnummer: KARI });

    // then
    expect(rejected.body).toContain('Fødselsnummeret må ha 11 siffer.');
    expect(result.location).toMatch(
      /^http:\/\/127\.0\.0\.1:4100\/auth\/callback\?code=/,
    );
  });

  it('should return access_denied to the client when the user presses Avbryt', async () => {
    // given
    const client = new RelyingParty(idporten.url);
    const request = client.authorizationRequest();
    const page = await client.authorize(request);

    // when
    const result = await client.submitLogin(page, {}, 'Avbryt');

    // then
    expect(errorAtClient(result.location)).toEqual({
      at: REDIRECT_URI,
      error: 'access_denied',
      code: null,
    });
    expect(new URL(result.location ?? '').searchParams.get('state')).toBe(
      request.state,
    );
  });

  it('should answer an unknown interaction with an error page, not a login', async () => {
    // when
    const response = await fetch(`${idporten.url}/interaction/unknown-uid`);

    // then
    expect(response.status).toBe(400);
    await expect(response.text()).resolves.toContain(
      'Innloggingen er utløpt eller finnes ikke.',
    );
  });

  it('should refuse to start in production', async () => {
    // when
    const { code, output } = await runUntilExit({ NODE_ENV: 'production' });

    // then
    expect(code).toBe(1);
    expect(output).toContain(
      'NODE_ENV is malformed (dev-idporten signs anyone in as anyone: development or test only)',
    );
  });
});
