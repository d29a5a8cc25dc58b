import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  baseUrl,
  collectPageErrors,
  entryLink,
  expectAccessible,
  headerLoginLink,
  idportenUrl,
  isAppUrl,
  launchBrowser,
  openRoute,
  unexpectedErrors,
  waitForHeading,
} from './support/browser';
import {
  hasSession,
  logInAs,
  nextLoginReturnTo,
  waitForTestIdPage,
} from './support/login';

/**
 * Logging in through the gateway at dev-idporten ("Logg inn med TestID"), as the seeded demo people
 * (apps/identity/src/seed/demo-users.ts): Kari Nordmann and Per Johansen are registered, Ingrid Berg
 * is not. Each test has a browser context of its own, so nobody is logged in when it starts.
 */
describe('logging in with ID-porten', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nb-NO' });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const header = () => page.getByRole('banner');
  const mainMenuLink = (name: string) =>
    page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name, exact: true });
  const pathname = () => new URL(page.url()).pathname;

  it('Kari logs in from the landing page and comes back to the app with her workplace and the ways in', async () => {
    // given
    await openRoute(page, '/');
    const login = entryLink(page, 'Logg inn med ID-porten');
    await login.waitFor();
    await expectAccessible(page);
    // when
    await login.click();
    await waitForTestIdPage(page);
    await expectAccessible(page);
    await logInAs(page, 'Kari Nordmann');
    // then
    expect(page.url()).toBe(`${baseUrl()}/`);
    await header().getByText('Kari Nordmann', { exact: true }).waitFor();
    await header().getByText('Bergen kommune').waitFor();
    await entryLink(page, 'Innrapportering').waitFor();
    await entryLink(page, 'Utrapportering').waitFor();
    await expect(login.count()).resolves.toBe(0);
    await expect(headerLoginLink(page).count()).resolves.toBe(0);
    await expect(mainMenuLink('Oppgaver').isVisible()).resolves.toBe(true);
    await expect(mainMenuLink('Brukerprofil').isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    // when
    await entryLink(page, 'Innrapportering').click();
    // then
    await waitForHeading(page, 'Oppgaver');
    expect(pathname()).toBe('/oppgaver');
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('Kari follows a link to /profil, logs in, is back on "Brukerprofil" and changes her work phone', async () => {
    // given: a deep link while logged out
    const returnTo = nextLoginReturnTo(page);
    await page.goto(`${baseUrl()}/profil`);
    await expect(returnTo).resolves.toBe('/profil');
    // when
    await logInAs(page, 'Kari Nordmann');
    // then
    await waitForHeading(page, 'Brukerprofil');
    expect(pathname()).toBe('/profil');
    await page
      .getByRole('region', { name: 'Roller' })
      .getByRole('listitem')
      .filter({ hasText: 'Rapportør, Bergen kommune' })
      .waitFor();
    const form = page.getByRole('form', { name: 'Kontaktinformasjon' });
    const phone = form.getByRole('textbox', {
      name: 'Telefon på arbeidsstedet',
      exact: true,
    });
    const save = form.getByRole('button', { name: 'Lagre', exact: true });
    // The seeded +4740000001, in national form (spacing is libphonenumber's, so compare digits).
    await expect(digitsOf(phone)).resolves.toBe('40000001');
    await expectAccessible(page);

    // when: a number that is not Norwegian
    await phone.fill('123');
    await save.click();
    // then: the error at the field and in a summary that takes focus and leads to the field
    const message =
      'Oppgi et gyldig norsk telefonnummer, for eksempel 912 34 567';
    const summary = errorSummary(page);
    await summary.waitFor();
    await expect(isFocused(summary)).resolves.toBe(true);
    await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(descriptionOf(phone)).resolves.toContain(message);
    await summary.getByRole('link', { name: message, exact: true }).click();
    await expect(isFocused(phone)).resolves.toBe(true);
    await expectAccessible(page);

    // when: a valid number
    await phone.fill('412 34 567');
    await save.click();
    // then
    await page
      .getByRole('status')
      .getByText('Endringene er lagret.', { exact: true })
      .waitFor();
    await expect(summary.count()).resolves.toBe(0);
    await expect(phone.getAttribute('aria-invalid')).resolves.toBeNull();
    await expectAccessible(page);

    // when: the page is loaded again, the stored number is there
    await page.reload();
    await waitForHeading(page, 'Brukerprofil');
    await expect(digitsOf(phone)).resolves.toBe('41234567');
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('Ingrid, not registered yet, meets "Start registrering" before anything else, then goes on to where she was going', async () => {
    // given
    await openRoute(page, '/');
    await entryLink(page, 'Logg inn med ID-porten').click();
    // when
    await logInAs(page, 'Ingrid Berg');
    // then
    await waitForHeading(page, 'Registrering');
    const start = page.getByRole('button', {
      name: 'Start registrering',
      exact: true,
    });
    await start.waitFor();
    expect(pathname()).toBe('/registrering');
    // Logged in, but the main menu's pages are not hers until she has registered.
    await expect(
      page.getByRole('button', { name: 'Logg ut', exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(mainMenuLink('Oppgaver').count()).resolves.toBe(0);
    await expectAccessible(page);

    // when: she goes straight to a page of the app
    await page.goto(`${baseUrl()}/oppgaver`);
    // then: registration first, and it remembers where she was going
    await waitForHeading(page, 'Registrering');
    await start.waitFor();
    expect(pathname()).toBe('/registrering');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/oppgaver');

    // when
    await start.click();
    // then: the form, with focus in its first field
    const form = page.getByRole('form', {
      name: 'Brukerinformasjon på arbeidsstedet',
    });
    const name = form.getByRole('textbox', { name: 'Navn', exact: true });
    const email = form.getByRole('textbox', {
      name: 'E-post på arbeidsstedet',
      exact: true,
    });
    const phone = form.getByRole('textbox', {
      name: 'Telefon på arbeidsstedet',
      exact: true,
    });
    const save = form.getByRole('button', { name: 'Lagre', exact: true });
    await name.waitFor();
    await expect(isFocused(name)).resolves.toBe(true);
    await expectAccessible(page);

    // when: an e-mail address that is not one
    await name.fill('Ingrid Berg');
    await email.fill('ingrid.berg@');
    await phone.fill('917 65 432');
    await save.click();
    // then
    const message =
      'Oppgi en gyldig e-postadresse, for eksempel navn@kommune.no';
    const summary = errorSummary(page);
    await summary.getByRole('link', { name: message, exact: true }).waitFor();
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(descriptionOf(email)).resolves.toContain(message);
    await expect(phone.getAttribute('aria-invalid')).resolves.toBeNull();
    expect(pathname()).toBe('/registrering');
    await expectAccessible(page);

    // when
    await email.fill('ingrid.berg@stavanger.kommune.no');
    await save.click();
    // then: on to /oppgaver, registered, with the main menu
    await waitForHeading(page, 'Oppgaver');
    expect(pathname()).toBe('/oppgaver');
    await mainMenuLink('Brukerprofil').waitFor();
    await header().getByText('Ingrid Berg', { exact: true }).waitFor();
    await header().getByText('Stavanger kommune').waitFor();
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('"Logg ut" ends the session here and at ID-porten: back on the landing page, and /oppgaver asks for login again', async () => {
    // given: Per logged in, via a deep link
    const firstLogin = nextLoginReturnTo(page);
    await page.goto(`${baseUrl()}/oppgaver`);
    await expect(firstLogin).resolves.toBe('/oppgaver');
    await logInAs(page, 'Per Johansen');
    await waitForHeading(page, 'Oppgaver');
    await header().getByText('Per Johansen', { exact: true }).waitFor();
    await header().getByText('Statsforvalteren i Vestland').waitFor();
    // when
    const endSession = page.waitForRequest((request) =>
      request.url().startsWith(`${idportenUrl()}/endsession`),
    );
    await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
    // then
    await endSession;
    await entryLink(page, 'Logg inn med ID-porten').waitFor();
    expect(page.url()).toBe(`${baseUrl()}/`);
    await expect(headerLoginLink(page).isVisible()).resolves.toBe(true);
    await expect(header().getByText('Per Johansen').count()).resolves.toBe(0);
    await expect(entryLink(page, 'Innrapportering').count()).resolves.toBe(0);
    await expect(hasSession(page)).resolves.toBe(false);
    await expectAccessible(page);

    // when
    const secondLogin = nextLoginReturnTo(page);
    await page.goto(`${baseUrl()}/oppgaver`);
    // then: the TestID page again, not a silent login on ID-porten's old session
    await expect(secondLogin).resolves.toBe('/oppgaver');
    await waitForTestIdPage(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('"Avbryt" on the TestID page brings the person back to the app, not logged in, told that the login was cancelled', async () => {
    // given
    await openRoute(page, '/');
    await entryLink(page, 'Logg inn med ID-porten').click();
    await waitForTestIdPage(page);
    // when
    await page.getByRole('button', { name: 'Avbryt', exact: true }).click();
    // then: identity's page at the gateway's /auth/callback says what happened
    await waitForHeading(page, 'Innloggingen feilet');
    expect(isAppUrl(new URL(page.url()))).toBe(true);
    await page
      .getByText('Innloggingen ble avbrutt.', { exact: true })
      .waitFor();
    await expect(hasSession(page)).resolves.toBe(false);
    await expectAccessible(page);

    // when: to the front page
    await page.getByRole('link', { name: 'forsiden', exact: true }).click();
    // then: logged out
    await entryLink(page, 'Logg inn med ID-porten').waitFor();
    await expect(headerLoginLink(page).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

/** Designsystemet's error summary of the form, found by its heading. */
function errorSummary(page: Page): Locator {
  return page.locator('.ds-error-summary').filter({
    has: page.getByRole('heading', {
      name: 'For å gå videre må du rette opp følgende feil:',
      exact: true,
    }),
  });
}

/** The digits of a field's value: "41 23 45 67" → "41234567". */
async function digitsOf(field: Locator): Promise<string> {
  return (await field.inputValue()).replace(/\D/g, '');
}

/** Whether the element has keyboard focus. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** What a screen reader reads as the field's description: the text of its `aria-describedby` elements. */
function descriptionOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}
