import { Page, Request } from 'playwright-core';
import { baseUrl, idportenUrl, isAppUrl } from './browser';

/** dev-idporten's "Logg inn med TestID" page, as a person sees it (its heading), on its own origin. */
export async function waitForTestIdPage(page: Page): Promise<void> {
  await page
    .getByRole('heading', {
      level: 1,
      name: 'Logg inn med TestID',
      exact: true,
    })
    .waitFor({ timeout: 10000 });
  const here = new URL(page.url());
  if (here.origin !== new URL(idportenUrl()).origin)
    throw new Error(`the TestID page is not on dev-idporten: ${page.url()}`);
}

/**
 * On the TestID page: picks the test person by name, clicks "Logg inn" and waits until the browser
 * is back in the app (past the gateway's `/auth/callback`). Where it lands is for the test to check.
 */
export async function logInAs(page: Page, personName: string): Promise<void> {
  await waitForTestIdPage(page);
  await page.getByRole('radio', { name: personName, exact: true }).check();
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await page.waitForURL(
    (url) => isAppUrl(url) && !url.pathname.startsWith('/auth/'),
    { timeout: 15000 },
  );
}

/**
 * Resolves with the `returnTo` of the next request for the gateway's `/auth/login` (set this up
 * before the click or navigation that should lead there).
 */
export async function nextLoginReturnTo(page: Page): Promise<string | null> {
  const request: Request = await page.waitForRequest(
    (candidate) => {
      const url = new URL(candidate.url());
      return isAppUrl(url) && url.pathname === '/auth/login';
    },
    { timeout: 10000 },
  );
  return new URL(request.url()).searchParams.get('returnTo');
}

/** Whether the browser's cookies hold a live session at the gateway: `/api/identity/me` answers 200. */
export async function hasSession(page: Page): Promise<boolean> {
  const response = await page.request.get(`${baseUrl()}/api/identity/me`);
  return response.ok();
}
