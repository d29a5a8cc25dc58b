import { readForm } from '@bvr/service-kit/testing';
import { TestBrowser } from '../support/browser-login';
import { IdentityStack, startIdentityStack } from '../support/identity-stack';

const KARI = '01818510159';
const INGRID = '23859010334';
const OLE = '05857211806';

/** The real login: dev-idporten, identity and the gateway as built, followed redirect by redirect. */
describe('login through ID-porten, the gateway and identity', () => {
  let stack: IdentityStack;

  beforeAll(async () => {
    stack = await startIdentityStack();
  }, 60_000);
  afterAll(() => stack?.close());

  const me = (browser: TestBrowser) => browser.json('GET', '/api/identity/me');

  it('logs a registered person in with state, nonce, PKCE and the level asked for, on a new session id', async () => {
    // given
    const browser = new TestBrowser(stack);

    // when
    const start = await browser.http.get(
      `${stack.gateway}/auth/login?returnTo=/oppgaver`,
    );

    // then the authorization request is ID-porten's
    const authorize = new URL(start.location as string);
    expect(authorize.origin).toBe(stack.provider);
    const params = Object.fromEntries(authorize.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      scope: 'openid',
      code_challenge_method: 'S256',
      acr_values: 'idporten-loa-substantial',
      redirect_uri: `${stack.gateway}/auth/callback`,
    });
    expect(params['state'].length).toBeGreaterThanOrEqual(32);
    expect(params['nonce'].length).toBeGreaterThanOrEqual(32);
    expect(params['code_challenge'].length).toBe(43);
    const before = browser.session();
    expect(before).toBeDefined();

    // when the person logs in
    const page = await browser.http.follow(start, stack.provider);
    const callback = await browser.submitLoginPage(page, { pid: KARI });
    expect(callback.searchParams.get('state')).toBe(params['state']);
    expect(callback.searchParams.get('iss')).toBe(stack.provider);
    const landed = await browser.http.get(callback.href);

    // then
    expect(landed.status).toBe(303);
    expect(landed.location).toBe(`${stack.gateway}/oppgaver`);
    expect(browser.session()).toBeDefined();
    expect(browser.session()).not.toBe(before);
    await browser.http.follow(landed, stack.gateway);
    const profile = await me(browser);
    expect(profile).toMatchObject({
      status: 200,
      body: {
        name: 'Kari Nordmann',
        registered: true,
        grants: [
          { role: 'unit-reporter', scope: { type: 'unit', id: '4601' } },
        ],
      },
    });
    expect(JSON.stringify(profile.body)).not.toContain(KARI);
  });

  it('sends a person who has not registered to "Start registrering", and checks e-mail and phone', async () => {
    // given
    const browser = new TestBrowser(stack);

    // when
    const { callback } = await browser.logIn({ pid: INGRID });

    // then
    expect(callback.location).toBe(
      `${stack.gateway}/registrering?returnTo=%2Foppgaver`,
    );
    expect((await me(browser)).body).toMatchObject({
      registered: false,
      name: null,
    });

    // when the form has errors
    const refused = await browser.json('PUT', '/api/identity/me', {
      name: 'Ingrid Berg',
      email: 'ingrid@',
      phone: '+46 70 123 45 67',
    });

    // then each is named, and nothing is saved
    expect(refused.status).toBe(400);
    expect(refused.body['code']).toBe('COMMON.VALIDATION_FAILED');
    expect(refused.body).not.toHaveProperty('issues');
    expect(refused.body['details']).toEqual([
      {
        path: 'email',
        message: 'Oppgi en gyldig e-postadresse, for eksempel navn@kommune.no',
      },
      {
        path: 'phone',
        message: 'Oppgi et gyldig norsk telefonnummer, for eksempel 912 34 567',
      },
    ]);
    expect((await me(browser)).body).toMatchObject({ registered: false });

    // when
    const saved = await browser.json('PUT', '/api/identity/me', {
      name: 'Ingrid Berg',
      email: 'Ingrid.Berg@Stavanger.kommune.no',
      phone: '412 34 567',
    });

    // then
    expect(saved.body).toMatchObject({
      registered: true,
      email: 'ingrid.berg@stavanger.kommune.no',
      phone: '+4741234567',
    });
    const again = await new TestBrowser(stack).logIn({ pid: INGRID });
    expect(again.callback.location).toBe(`${stack.gateway}/oppgaver`);
  });

  it('logs in a foreign eID without fødselsnummer, as a person of its own with no role', async () => {
    const browser = new TestBrowser(stack);
    const { callback } = await browser.logIn(
      { personKey: 'eidas-jane-doe' },
      '/',
    );
    expect(callback.location).toBe(
      `${stack.gateway}/registrering?returnTo=%2F`,
    );
    expect((await me(browser)).body).toMatchObject({
      registered: false,
      grants: [],
    });
  });

  it('refuses a tampered state and leaves no session', async () => {
    const browser = new TestBrowser(stack);
    const callback = await browser.submitLoginPage(
      await browser.openLoginPage(),
      { pid: KARI },
    );
    callback.searchParams.set(
      'state',
      'tampered-state-value-0123456789abcdefghijkl',
    );

    const result = await browser.http.get(callback.href);

    expect(result.status).toBe(401);
    expect(result.body).toContain('Innloggingen feilet');
    expect((await me(browser)).status).toBe(401);
  });

  it('refuses a replayed authorization code, in the same browser and in another', async () => {
    // given a completed login
    const victim = new TestBrowser(stack);
    const callback = await victim.submitLoginPage(
      await victim.openLoginPage(),
      { pid: KARI },
    );
    expect((await victim.http.get(callback.href)).status).toBe(303);

    // when the same callback comes again, and in a browser that started a login of its own
    const replay = await victim.http.get(callback.href);
    const attacker = new TestBrowser(stack);
    await attacker.openLoginPage();
    const stolen = await attacker.http.get(callback.href);

    // then
    expect(replay.status).toBe(401);
    expect(stolen.status).toBe(401);
    expect((await me(attacker)).status).toBe(401);
  });

  it('refuses an id_token whose nonce is not the one this login sent', async () => {
    // given a login in progress whose stored nonce is changed behind its back
    const browser = new TestBrowser(stack);
    const page = await browser.openLoginPage();
    const key = `${stack.prefix}:session:${sessionId(browser.session() as string)}`;
    const stored = JSON.parse((await stack.redis.get(key)) as string);
    const transaction = Object.keys(stored).find(
      (name) => stored[name]?.code_verifier,
    ) as string;
    stored[transaction].nonce = 'another-nonce-0123456789abcdefghijklmnopq';
    await stack.redis.set(key, JSON.stringify(stored), 'KEEPTTL');

    // when
    const callback = await browser.submitLoginPage(page, { pid: KARI });
    const result = await browser.http.get(callback.href);

    // then
    expect(result.status).toBe(401);
    expect((await me(browser)).status).toBe(401);
  });

  it('the TestID "Avbryt" ends in a page that says the login was cancelled', async () => {
    const browser = new TestBrowser(stack);
    const callback = await browser.submitLoginPage(
      await browser.openLoginPage(),
      {
        button: 'Avbryt',
      },
    );
    const result = await browser.http.get(callback.href);
    expect(result.body).toContain('Innloggingen ble avbrutt.');
    expect((await me(browser)).status).toBe(401);
  });

  it("logs out: the session ends here and at the provider's end-session", async () => {
    // given
    const browser = new TestBrowser(stack);
    await browser.logIn({ pid: OLE });

    // when the logout does not come from our page
    const forged = await browser.http.send(
      'POST',
      `${stack.gateway}/auth/logout`,
      undefined,
      {
        origin: 'https://evil.example',
      },
    );
    expect(forged.status).toBe(403);
    expect((await me(browser)).status).toBe(200);

    // when
    const logout = await browser.json<{ redirectTo: string }>(
      'POST',
      '/auth/logout',
    );

    // then
    const endSession = new URL(logout.body.redirectTo);
    expect(endSession.origin).toBe(stack.provider);
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(
      `${stack.gateway}/`,
    );
    expect((await me(browser)).status).toBe(401);

    // and the provider's session ends too: its confirmation form sends the browser home
    const confirm = await browser.http.get(endSession.href);
    const form = readForm(confirm.body, 'op.logoutForm');
    const done = await browser.http.postForm(
      new URL(form.action, stack.provider).href,
      {
        ...form.fields,
        logout: 'yes',
      },
    );
    expect(done.location).toBe(`${stack.gateway}/`);
    const nextLogin = await browser.openLoginPage();
    expect(nextLogin.body).toContain('Logg inn med TestID');
  });

  it('gives each service a token of its own: identity refuses a token meant for workflow', async () => {
    // given
    const browser = new TestBrowser(stack);
    await browser.logIn({ pid: KARI });
    const cookie = `bvr_session=${browser.session()}`;
    const tokenFor = async (audience: string) => {
      const response = await fetch(
        `${stack.identity}/auth/token?audience=${audience}`,
        {
          headers: { cookie },
        },
      );
      return {
        status: response.status,
        body: (await response.json()) as { accessToken: string },
      };
    };

    // when
    const workflow = await tokenFor('workflow');
    const identity = await tokenFor('identity');
    const call = (token: string) =>
      fetch(`${stack.identity}/me`, {
        headers: { authorization: `Bearer ${token}` },
      });

    // then
    expect((await call(identity.body.accessToken)).status).toBe(200);
    const refused = await call(workflow.body.accessToken);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      message: 'The access token is not meant for this service',
    });
    expect((await tokenFor('nowhere')).status).toBe(400);
  });

  it('never hands a token to the browser', async () => {
    const browser = new TestBrowser(stack);
    await browser.logIn({ pid: KARI });
    expect(
      (await browser.api('GET', '/auth/token?audience=workflow')).status,
    ).toBe(404);
    expect(
      (await browser.api('GET', '/api/identity/auth/token?audience=workflow'))
        .status,
    ).toBe(401);
  });
});

/** express-session's cookie is `s:<id>.<signature>`, URL-encoded. */
function sessionId(cookie: string): string {
  const value = decodeURIComponent(cookie);
  return value.slice(2, value.lastIndexOf('.'));
}

describe('a service that requires the high level of assurance', () => {
  let stack: IdentityStack;

  beforeAll(async () => {
    stack = await startIdentityStack({ OIDC_ACR: 'idporten-loa-high' });
  }, 60_000);
  afterAll(() => stack?.close());

  it('asks for idporten-loa-high and refuses a login at a lower level', async () => {
    // given
    const browser = new TestBrowser(stack);
    const page = await browser.openLoginPage();

    // when the person logs in with MinID-level assurance only
    const callback = await browser.submitLoginPage(page, {
      pid: KARI,
      acr: 'idporten-loa-substantial',
    });
    const result = await browser.http.get(callback.href);

    // then
    expect(result.status).toBe(401);
    expect(result.body).toContain('ikke høyt nok sikkerhetsnivå');
    expect((await browser.json('GET', '/api/identity/me')).status).toBe(401);

    // and at the high level it works
    const high = await new TestBrowser(stack).logIn({
      pid: KARI,
      acr: 'idporten-loa-high',
    });
    expect(high.callback.location).toBe(`${stack.gateway}/oppgaver`);
  });
});
