import AxeBuilder from '@axe-core/playwright';
import { Browser, chromium, Locator, Page } from 'playwright-core';

/** Debian's Chromium, with the flags this network needs (no background calls home). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const baseUrl = (): string => {
  const url = process.env['E2E_BASE_URL'];
  if (!url)
    throw new Error(
      'E2E_BASE_URL is not set: run the browser tests through their jest config (global setup starts the platform)',
    );
  return url;
};

/** The base URL of each service of the platform (global setup), by name. */
export function serviceUrls(): Record<string, string> {
  return JSON.parse(process.env['E2E_SERVICE_URLS'] ?? '{}') as Record<
    string,
    string
  >;
}

/** dev-idporten's origin: the local ID-porten the browser logs in at. */
export function idportenUrl(): string {
  const url = serviceUrls()['dev-idporten'];
  if (!url) throw new Error('E2E_SERVICE_URLS names no dev-idporten');
  return url;
}

/** True for a URL on the gateway's origin (the app), whatever its path. */
export const isAppUrl = (url: URL): boolean =>
  url.origin === new URL(baseUrl()).origin;

/**
 * WCAG 2.1 A and AA violations on the page as it is now, as readable lines (empty when clean).
 * Left out: elements marked `data-axe-exclude`, the bpmn-js canvases, which the library draws; their
 * pages give the same content as lists and forms, and those are checked.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .exclude('[data-axe-exclude]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Full node lists for violations only: the other result types are not read, and this is faster.
    .options({ resultTypes: ['violations'] })
    .analyze();
  // No rule passed at all: axe did not look at this page (e.g. it was replaced while it ran).
  if (results.passes.length === 0 && results.violations.length === 0)
    throw new Error(`axe checked nothing on ${page.url()}`);
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Fails the test with the page's address and every WCAG 2.1 A/AA violation on it. */
export async function expectAccessible(page: Page): Promise<void> {
  // A dialog fading in is measured mid-fade by the contrast rule: check the page as it settles.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished)),
  );
  const url = page.url();
  expect({ url, violations: await accessibilityViolations(page) }).toEqual({
    url,
    violations: [],
  });
}

/**
 * Collects console errors (with the address of a resource that failed to load) and uncaught
 * exceptions; CSP violations land here too, which a strict CSP otherwise turns into silent breakage.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    errors.push(where ? `${message.text()} — ${where}` : message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Errors a browser logs in a healthy run, each with why it is expected. None: the SPA asks the
 * gateway's `GET /api/session` who is logged in, which answers 200 also when nobody is.
 */
const EXPECTED_ERRORS: readonly RegExp[] = [];

/** The collected errors that nothing explains: a clean run has none. */
export function unexpectedErrors(errors: readonly string[]): string[] {
  return errors.filter(
    (error) => !EXPECTED_ERRORS.some((expected) => expected.test(error)),
  );
}

/** Opens a route and waits until its lazy page has rendered its heading (the SPA routes after the first paint). */
export async function openRoute(page: Page, path: string) {
  const response = await page.goto(baseUrl() + path);
  await page
    .locator('main h1')
    .first()
    .waitFor({ state: 'visible', timeout: 10000 });
  return response;
}

/** The page's one `h1`, once it has this exact text. */
export async function waitForHeading(page: Page, name: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name, exact: true })
    .waitFor({ timeout: 10000 });
}

/** A landing page box: the link whose heading is exactly `title` ("Innrapportering", "Logg inn med ID-porten"). */
export function entryLink(page: Page, title: string): Locator {
  return page
    .getByRole('main')
    .getByRole('link')
    .filter({
      has: page.getByRole('heading', { name: title, exact: true }),
    });
}

/** The header's "Logg inn" link (logged out) — exact, so not the landing page's "Logg inn med ID-porten". */
export function headerLoginLink(page: Page): Locator {
  return page.getByRole('banner').getByRole('link', {
    name: 'Logg inn',
    exact: true,
  });
}

/** Waits (10 s at most) until the element's attribute has the value. */
export async function expectAttribute(
  locator: Locator,
  name: string,
  value: string,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await locator.getAttribute(name)) !== value) {
    if (Date.now() > deadline)
      throw new Error(
        `${name} is ${await locator.getAttribute(name)}, not ${value}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
