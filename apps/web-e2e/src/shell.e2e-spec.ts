import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  accessibilityViolations,
  collectPageErrors,
  launchBrowser,
  openRoute,
} from './support/browser';

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
    const urls: Record<string, string> = JSON.parse(
      process.env['E2E_SERVICE_URLS'] ?? '{}',
    );
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

  it('loads the landing page with the two entry points, under a strict CSP, without accessibility violations', async () => {
    // given
    const response = await openRoute(page, '/');
    // then
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain(
      "default-src 'self'",
    );
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(
      1,
    );
    await expect(
      page.getByRole('link', { name: /Innrapportering/ }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('link', { name: /Utrapportering/ }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('link', { name: 'Logg inn' }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.evaluate(() => getComputedStyle(document.body).fontFamily),
    ).resolves.not.toBe('');
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
    expect(
      errors.filter(
        (e) => !e.includes('401') && !e.includes('404') && !e.includes('502'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['/oppgaver', 'Oppgaver'],
    ['/profil', 'Brukerprofil'],
    ['/utrapportering', 'Utrapportering'],
    ['/bekymringsmelding', 'Bekymringsmelding'],
    ['/finnes-ikke', 'Fant ikke siden'],
  ])(
    'serves %s as a deep link with a title and no accessibility violations',
    async (path, title) => {
      await openRoute(page, path);
      // The route's title is set once its lazy chunk has loaded.
      await expect(
        page.waitForFunction(
          (expected) => document.title.includes(expected),
          title,
          { timeout: 5000 },
        ),
      ).resolves.toBeTruthy();
      await expect(
        page.getByRole('heading', { level: 1 }).count(),
      ).resolves.toBe(1);
      await expect(accessibilityViolations(page)).resolves.toEqual([]);
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
