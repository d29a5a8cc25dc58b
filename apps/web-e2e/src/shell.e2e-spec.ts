import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  baseUrl,
  collectPageErrors,
  entryLink,
  expectAccessible,
  headerLoginLink,
  launchBrowser,
  openRoute,
  serviceUrls,
  unexpectedErrors,
  waitForHeading,
} from './support/browser';
import { nextLoginReturnTo, waitForTestIdPage } from './support/login';

/** The shell as a logged-out visitor meets it: public pages, and the way to log in. */
describe('the SPA shell through the gateway', () => {
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

  it('every service behind the platform reports healthy', async () => {
    const urls = serviceUrls();
    expect(Object.keys(urls).sort()).toEqual([
      'bekymringsmelding',
      'dev-idporten',
      'gateway',
      'identity',
      'notification',
      'reporting',
      'workflow',
    ]);
    for (const [name, url] of Object.entries(urls)) {
      const response = await fetch(`${url}/health`);
      expect({ name, status: response.status }).toEqual({ name, status: 200 });
    }
  });

  it('shows a logged-out visitor the landing page with "Logg inn med ID-porten", under a strict CSP, without accessibility violations', async () => {
    // given
    const response = await openRoute(page, '/');
    // then
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain(
      "default-src 'self'",
    );
    // The boxes depend on the session, which the SPA asks for after the first paint.
    await entryLink(page, 'Logg inn med ID-porten').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(
      1,
    );
    await expect(
      entryLink(page, 'Logg inn med ID-porten').getAttribute('href'),
    ).resolves.toBe('/auth/login?returnTo=%2F');
    await expect(headerLoginLink(page).isVisible()).resolves.toBe(true);
    await expect(
      entryLink(page, 'Bekymringsmelding').isVisible(),
    ).resolves.toBe(true);
    // Innrapportering and Utrapportering are for logged-in users, and so is the main menu.
    await expect(entryLink(page, 'Innrapportering').count()).resolves.toBe(0);
    await expect(entryLink(page, 'Utrapportering').count()).resolves.toBe(0);
    await expect(
      page.getByRole('button', { name: 'Logg ut', exact: true }).count(),
    ).resolves.toBe(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: 'Oppgaver', exact: true })
        .count(),
    ).resolves.toBe(0);
    await expect(
      page.evaluate(() => getComputedStyle(document.body).fontFamily),
    ).resolves.not.toBe('');
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it.each([
    ['/bekymringsmelding', 'Send bekymringsmelding til barnevernet'],
    ['/finnes-ikke', 'Fant ikke siden'],
  ])(
    'serves the public page %s as a deep link without login, with a title and no accessibility violations',
    async (path, title) => {
      await openRoute(page, path);
      await waitForHeading(page, title);
      // The route's title is set once its lazy chunk has loaded.
      await page.waitForFunction(
        (expected) => document.title.includes(expected),
        title,
        { timeout: 5000 },
      );
      await expect(
        page.getByRole('heading', { level: 1 }).count(),
      ).resolves.toBe(1);
      expect(new URL(page.url()).pathname).toBe(path);
      // Logging in from here comes back here (the link follows the router, so wait for it).
      const loginHere = `/auth/login?returnTo=${encodeURIComponent(path)}`;
      await headerLoginLink(page)
        .and(page.locator(`[href="${loginHere}"]`))
        .waitFor({ timeout: 5000 });
      await expectAccessible(page);
      expect(unexpectedErrors(errors)).toEqual([]);
    },
  );

  it.each(['/oppgaver', '/profil', '/utrapportering', '/registrering'])(
    'sends a logged-out deep link to %s to ID-porten login, to come back to it afterwards',
    async (path) => {
      // given
      const returnTo = nextLoginReturnTo(page);
      // when
      await page.goto(baseUrl() + path);
      // then
      await expect(returnTo).resolves.toBe(path);
      await waitForTestIdPage(page);
      expect(unexpectedErrors(errors)).toEqual([]);
    },
  );

  it('moves focus to the main content with the skip link', async () => {
    await openRoute(page, '/');
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.textContent?.trim()),
    ).resolves.toBe('Hopp til hovedinnhold');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'main',
    );
  });
});
