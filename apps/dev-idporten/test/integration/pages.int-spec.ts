import {
  accessibilityViolations,
  blockedByCsp,
} from '../support/accessibility';
import {
  RunningDevIdporten,
  startDevIdporten,
} from '../support/dev-idporten-process';
import { parseHtml } from '../support/html';
import { HttpResult, readForm } from '@bvr/service-kit/testing';
import { RelyingParty } from '../support/relying-party';

/** Every page a person sees: bokmål, accessible, and working under its own strict CSP. */
describe('pages', () => {
  let idporten: RunningDevIdporten;
  let client: RelyingParty;
  let loginPage: HttpResult;

  beforeAll(async () => {
    idporten = await startDevIdporten();
    client = new RelyingParty(idporten.url);
    loginPage = await client.authorize(
      client.authorizationRequest({ acr_values: 'idporten-loa-high' }),
    );
  });
  afterAll(async () => {
    await idporten?.stop();
  });

  const expectAccessibleUnderCsp = async (page: HttpResult) => {
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(
      blockedByCsp(page.body, page.headers.get('content-security-policy')),
    ).toEqual([]);
    await expect(
      accessibilityViolations(page.body, idporten.url),
    ).resolves.toEqual([]);
  };

  it('should show the TestID login page with the test persons, a fødselsnummer field and the requested level', async () => {
    // when
    const document = parseHtml(loginPage.body, idporten.url);

    // then
    expect(document.documentElement.lang).toBe('nb');
    expect(document.querySelector('main h1')?.textContent).toBe(
      'Logg inn med TestID',
    );
    expect(document.querySelector('fieldset legend')?.textContent).toBe(
      'Velg testperson',
    );
    const radios = Array.from(
      document.querySelectorAll<HTMLInputElement>(
        'input[type=radio][name=person]',
      ),
    );
    expect(radios).toHaveLength(16);
    expect(
      document.querySelector(`label[for="${radios[0].id}"]`)?.textContent,
    ).toBe('Kari Nordmann');
    expect(
      document.getElementById(radios[0].getAttribute('aria-describedby') ?? '')
        ?.textContent,
    ).toBe('Rapportør, Bergen kommune · 01818510159');
    expect(radios.at(-1)?.value).toBe('eidas-jane-doe');
    expect(
      document.querySelector('label[for=fodselsnummer]')?.textContent,
    ).toBe('Fødselsnummer');
    expect(document.querySelector('label[for=acr]')?.textContent).toBe(
      'Sikkerhetsnivå',
    );
    expect(
      Array.from(
        document.querySelectorAll<HTMLOptionElement>('#acr option'),
      ).map((o) => [o.textContent, o.value]),
    ).toEqual([
      ['Betydelig', 'idporten-loa-substantial'],
      ['Høyt', 'idporten-loa-high'],
    ]);
    expect((document.getElementById('acr') as HTMLSelectElement).value).toBe(
      'idporten-loa-high',
    );
    expect(
      Array.from(document.querySelectorAll('main button')).map(
        (b) => b.textContent,
      ),
    ).toEqual(['Logg inn', 'Avbryt']);
  });

  it('should make the login page accessible and CSP-clean', async () => {
    await expectAccessibleUnderCsp(loginPage);
    expect(loginPage.headers.get('content-security-policy')).toContain(
      "default-src 'none'",
    );
    expect(loginPage.headers.get('content-security-policy')).toContain(
      "form-action 'self' http://127.0.0.1:4100",
    );
  });

  it('should make the login page with errors accessible and CSP-clean', async () => {
    // given
    const other = new RelyingParty(idporten.url);
    const page = await other.authorize(other.authorizationRequest());

    // when: nothing chosen
    const withErrors = await other.submitLogin(page, {});

    // then
    expect(withErrors.status).toBe(400);
    expect(withErrors.body).toContain(
      'Velg en testperson eller skriv inn et fødselsnummer.',
    );
    await expectAccessibleUnderCsp(withErrors);
  });

  it('should make the logout page accessible and CSP-clean, its script included', async () => {
    // given
    const other = new RelyingParty(idporten.url);
    const { request, callback } = await other.logIn({ person: '01818510159' });
    const tokens = await other.token(
      callback.searchParams.get('code') ?? '',
      request.codeVerifier,
    );

    // when
    const page = await other.browser.get(
      `${idporten.url}/endsession?id_token_hint=${String(tokens.json['id_token'])}`,
    );

    // then
    expect(page.status).toBe(200);
    await expectAccessibleUnderCsp(page);
    expect(
      Object.keys(readForm(page.body, 'op.logoutForm').fields).sort(),
    ).toEqual(['logout', 'xsrf']);
  });

  it('should make the error page accessible and in bokmål', async () => {
    // when: a redirect_uri the client has not registered cannot be sent back to
    const page = await new RelyingParty(idporten.url).browser.get(
      new RelyingParty(idporten.url).authorizationRequest({
        redirect_uri: 'https://evil.example/cb',
      }).url,
    );

    // then
    expect(page.status).toBe(400);
    expect(page.body).toContain('<h1>Noe gikk galt</h1>');
    await expectAccessibleUnderCsp(page);
  });

  it('should make the landing page accessible', async () => {
    // when
    const page = await new RelyingParty(idporten.url).browser.get(
      `${idporten.url}/`,
    );

    // then
    expect(page.status).toBe(200);
    expect(page.body).toContain(
      `${idporten.url}/.well-known/openid-configuration`,
    );
    await expectAccessibleUnderCsp(page);
  });
});
