import {
  POST_LOGOUT_REDIRECT_URI,
  RunningDevIdporten,
  startDevIdporten,
} from '../support/dev-idporten-process';
import { HttpResult, readForm } from '@bvr/service-kit/testing';
import { RelyingParty } from '../support/relying-party';

/**
 * RP-initiated logout. A browser submits the logout page's form by itself (script); a client without
 * JavaScript does what these tests do: read the form and post it, with its cookies.
 */
describe('end session', () => {
  let idporten: RunningDevIdporten;

  beforeAll(async () => {
    idporten = await startDevIdporten();
  });
  afterAll(async () => {
    await idporten?.stop();
  });

  async function loggedIn() {
    const client = new RelyingParty(idporten.url);
    const { request, callback } = await client.logIn({ person: '01818510159' });
    const tokens = await client.token(
      callback.searchParams.get('code') ?? '',
      request.codeVerifier,
    );
    return { client, idToken: String(tokens.json['id_token']) };
  }

  const endSession = (client: RelyingParty, params: Record<string, string>) =>
    client.browser.get(
      `${idporten.url}/endsession?${new URLSearchParams(params)}`,
    );

  /** What the page's script does in a browser. */
  const submitLogoutForm = (client: RelyingParty, page: HttpResult) => {
    const form = readForm(page.body, 'op.logoutForm');
    return client.browser.postForm(
      new URL(form.action, idporten.url).toString(),
      form.fields,
    );
  };

  it('should log out with id_token_hint and send the browser to the post_logout_redirect_uri', async () => {
    // given
    const { client, idToken } = await loggedIn();

    // when: the client sends the browser to end_session_endpoint, and the page's form is submitted
    const page = await endSession(client, {
      id_token_hint: idToken,
      post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI,
      state: 'logout-state',
    });
    const result = await submitLogoutForm(client, page);

    // then
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>Logg ut</h1>');
    expect(page.body).toContain(
      '<script>document.getElementById("op.logoutForm").submit();</script>',
    );
    expect(readForm(page.body, 'op.logoutForm')).toEqual({
      action: `${idporten.url}/endsession/confirm`,
      fields: { xsrf: expect.any(String), logout: 'yes' },
      buttons: [
        { text: 'Logg ut', action: `${idporten.url}/endsession/confirm` },
      ],
    });
    expect(result.status).toBe(303);
    expect(result.location).toBe(
      `${POST_LOGOUT_REDIRECT_URI}?state=logout-state`,
    );
  });

  it('should end the ID-porten session: the next authorization asks for a login again', async () => {
    // given
    const { client, idToken } = await loggedIn();
    const page = await endSession(client, {
      id_token_hint: idToken,
      post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI,
    });
    await submitLogoutForm(client, page);

    // when
    const next = await client.authorize(client.authorizationRequest());

    // then
    expect(next.status).toBe(200);
    expect(next.body).toContain('<h1>Logg inn med TestID</h1>');
  });

  it('should log out a browser that has no session any more, without a page to confirm', async () => {
    // given: an id_token from a session this browser no longer has (cookies cleared, or another browser)
    const { idToken } = await loggedIn();
    const other = new RelyingParty(idporten.url);

    // when
    const page = await endSession(other, {
      id_token_hint: idToken,
      post_logout_redirect_uri: POST_LOGOUT_REDIRECT_URI,
    });
    const form = readForm(page.body);
    const result = await other.browser.postForm(form.action, form.fields);

    // then: oidc-provider's own self-submitting form, its script allowed by a hash it adds to our CSP
    expect(page.status).toBe(200);
    expect(form.fields).toEqual({ xsrf: expect.any(String), logout: 'yes' });
    expect(
      page.headers
        .get('content-security-policy')
        ?.match(/script-src[^;]*/)?.[0]
        .match(/'sha256-/g),
    ).toHaveLength(2);
    expect(result.location).toBe(POST_LOGOUT_REDIRECT_URI);
  });

  it('should refuse a post_logout_redirect_uri that is not registered', async () => {
    // given
    const { client, idToken } = await loggedIn();

    // when
    const page = await endSession(client, {
      id_token_hint: idToken,
      post_logout_redirect_uri: 'https://evil.example/',
    });

    // then
    expect(page.status).toBe(400);
    expect(page.body).toContain('post_logout_redirect_uri not registered');
  });

  it('should show "Du er logget ut" when no post_logout_redirect_uri is given', async () => {
    // given
    const { client, idToken } = await loggedIn();
    const page = await endSession(client, { id_token_hint: idToken });

    // when
    const result = await client.browser.follow(
      await submitLogoutForm(client, page),
      idporten.url,
    );

    // then
    expect(result.status).toBe(200);
    expect(result.body).toContain('<h1>Du er logget ut</h1>');
  });

  it('should keep the id_token_hint (it carries the pid) out of its logs', () => {
    expect(idporten.output()).toContain('GET /endsession 200');
    expect(idporten.output()).not.toContain('id_token_hint');
  });
});
