import { randomUUID } from 'node:crypto';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  baseUrl,
  collectPageErrors,
  expectAccessible,
  expectAttribute,
  launchBrowser,
  unexpectedErrors,
  waitForHeading,
} from './support/browser';
import { logInAs } from './support/login';
import { startHalvarsrapport } from './support/workflow';

/**
 * «Oppgaver»: the inbox of a Statsforvalter caseworker, with tasks that the workflow service makes
 * when a `halvarsrapport` starts. The platform's database is new for each run, so Per's inbox is
 * empty until the second test starts reports (business keys are unique all the same).
 */
describe('«Oppgaver», the inbox', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  /** A new browser context, logged in as `person` through dev-idporten, on `/oppgaver`. */
  async function loggedIn(
    person: string,
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'nb-NO' });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl()}/oppgaver`);
    await logInAs(page, person);
    await waitForHeading(page, 'Oppgaver');
    return { page, errors };
  }

  const tab = (page: Page, name: string) =>
    page.getByRole('tab', { name, exact: true });
  const status = (page: Page) => page.getByRole('tabpanel').getByRole('status');
  const table = (page: Page) => page.getByRole('table');

  it('Per, at Statsforvalteren i Vestland, opens «Oppgaver» and is told he has no open tasks', async () => {
    // given
    const { page, errors } = await loggedIn('Per Johansen');
    // then
    await expect(
      tab(page, 'Åpne oppgaver').getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await status(page)
      .getByText('Ingen åpne oppgaver', { exact: true })
      .waitFor();
    await expect(table(page).count()).resolves.toBe(0);
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('Per sees the Bergen report his office must check, sorts, searches, opens it, and finds nothing in the archive', async () => {
    // given: Maria (platform admin) starts one report for Vestland and one for Rogaland
    const run = randomUUID().slice(0, 8);
    const admin = await loggedIn('Maria Haugen');
    const submittedAt = '2026-08-03T10:15:00.000Z';
    // A deadline ten days ago: the inbox says it has passed.
    const controlDueAt = new Date(Date.now() - 10 * DAY).toISOString();
    await startHalvarsrapport(admin.page, {
      businessKey: `e2e-inbox-${run}-bergen`,
      reportingUnitId: '4601',
      reportingUnitName: 'Bergen',
      responsibleOfficeId: 'sf-vestland',
      responsibleOfficeName: 'Statsforvalteren i Vestland',
      reference: '4601 1. halvår 2026',
      submittedAt,
      controlDueAt,
    });
    await startHalvarsrapport(admin.page, {
      businessKey: `e2e-inbox-${run}-stavanger`,
      reportingUnitId: '1103',
      reportingUnitName: 'Stavanger',
      responsibleOfficeId: 'sf-rogaland',
      responsibleOfficeName: 'Statsforvalteren i Rogaland',
      reference: '1103 1. halvår 2026',
      submittedAt,
    });

    // when
    const { page, errors } = await loggedIn('Per Johansen');
    await untilInboxHolds(page, 1);
    await page.reload();
    await waitForHeading(page, 'Oppgaver');
    // then: only the task of his own office, with the guide's columns
    await status(page).getByText('Viser 1 av 1', { exact: true }).waitFor();
    const rows = table(page).locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(columnHeaders(page)).resolves.toEqual([
      'Reference',
      'Rapporteringsenhet',
      'Ansvarlig etat',
      'Innsendt',
      'Opprettet',
      'Frist',
      'Oppgave',
      'Oppgavens status',
      'ID',
    ]);
    const cells = await rows.first().locator('th, td').allInnerTexts();
    expect(cells[0]).toBe('4601 1. halvår 2026');
    expect(cells[1]).toBe('Bergen (4601)');
    expect(cells[2]).toBe('Statsforvalteren i Vestland');
    expect(cells[3]).toBe('03.08.2026');
    expect(cells[5]).toBe(norwegianDate(controlDueAt));
    expect(cells[6]).toBe('Kontroll statsforvalter');
    expect(cells[7]).toMatch(/^Åpen\s+Frist passert$/);
    expect(cells[8]).toMatch(/^[0-9a-f]{8}$/);
    await expect(table(page).getByText('Stavanger').count()).resolves.toBe(0);
    await expectAccessible(page);

    // when: sorting by Innsendt (newest first by default) and again
    const submitted = sortHeader(page, 'Innsendt');
    await expect(submitted.getAttribute('aria-sort')).resolves.toBe(
      'descending',
    );
    await expect(
      sortHeader(page, 'Frist').getAttribute('aria-sort'),
    ).resolves.toBe('none');
    await submitted
      .getByRole('button', { name: 'Innsendt', exact: true })
      .click();
    // then
    await expectAttribute(submitted, 'aria-sort', 'ascending');
    expect(new URL(page.url()).searchParams.get('order')).toBe('asc');
    await expect(isFocused(submitted.getByRole('button'))).resolves.toBe(true);
    // when: another column starts in its own order (the nearest deadline first)
    await sortHeader(page, 'Frist').getByRole('button').click();
    // then
    await expectAttribute(sortHeader(page, 'Frist'), 'aria-sort', 'ascending');
    await expect(submitted.getAttribute('aria-sort')).resolves.toBe('none');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('due');
    await expectAccessible(page);

    // when: a search that matches nothing, then one that matches
    const search = page.getByRole('searchbox', { name: 'Søk', exact: true });
    const searchButton = page
      .getByRole('search')
      .getByRole('button', { name: 'Søk', exact: true });
    await search.fill('Stavanger');
    await searchButton.click();
    // then
    await status(page)
      .getByText('Ingen oppgaver passer med søket', { exact: true })
      .waitFor();
    await expect(table(page).count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get('text')).toBe('Stavanger');
    await expectAccessible(page);
    // when
    await search.fill('Bergen');
    await searchButton.click();
    // then
    await status(page).getByText('Viser 1 av 1', { exact: true }).waitFor();
    await expect(rows.count()).resolves.toBe(1);

    // when: back, the previous search is there again (the URL holds it)
    await page.goBack();
    // then
    await status(page)
      .getByText('Ingen oppgaver passer med søket', { exact: true })
      .waitFor();
    await page.goForward();
    await status(page).getByText('Viser 1 av 1', { exact: true }).waitFor();

    // when: opening the task
    await table(page)
      .getByRole('link', { name: '4601 1. halvår 2026', exact: true })
      .click();
    // then
    await waitForHeading(page, 'Kontroll statsforvalter');
    expect(new URL(page.url()).pathname).toMatch(/^\/oppgaver\/[0-9a-f-]{36}$/);
    // (this test starts instances without a report behind them: the form says so)
    await page
      .getByText('Oppgaven mangler opplysninger om rapporten', { exact: false })
      .waitFor();
    await expect(page.title()).resolves.toBe(
      'Kontroll statsforvalter – Barnevernsrapportering',
    );
    await expectAccessible(page);

    // when: back to the inbox as he left it
    await page
      .getByRole('link', { name: 'Tilbake til oppgaver', exact: true })
      .click();
    // then
    await waitForHeading(page, 'Oppgaver');
    expect(new URL(page.url()).searchParams.get('text')).toBe('Bergen');
    await status(page).getByText('Viser 1 av 1', { exact: true }).waitFor();

    // when: the archive
    await tab(page, 'Løste oppgaver (arkiv)').click();
    // then
    await expectAttribute(
      tab(page, 'Løste oppgaver (arkiv)'),
      'aria-selected',
      'true',
    );
    await status(page)
      .getByText('Ingen oppgaver passer med søket', { exact: true })
      .waitFor();
    await page
      .getByRole('button', { name: 'Nullstill søket', exact: true })
      .click();
    await status(page)
      .getByText('Ingen løste oppgaver', { exact: true })
      .waitFor();
    // The filters are gone; the tab and the sort stay.
    expect(new URL(page.url()).search).toBe('?state=solved&sort=due');
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
    expect(unexpectedErrors(admin.errors)).toEqual([]);
  });
});

const DAY = 24 * 60 * 60 * 1000;

/** dd.mm.yyyy in Norwegian time, as the inbox shows dates. */
function norwegianDate(iso: string): string {
  return new Intl.DateTimeFormat('nb-NO', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Oslo',
  }).format(new Date(iso));
}

/** The engine makes the user task after the start answers: wait until the inbox lists `count`. */
async function untilInboxHolds(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 20000;
  for (;;) {
    const response = await page.request.get(
      `${baseUrl()}/api/workflow/tasks?state=open`,
    );
    const body = response.ok()
      ? ((await response.json()) as { total: number })
      : null;
    if (body?.total === count) return;
    if (Date.now() > deadline)
      throw new Error(
        `the inbox did not reach ${count} tasks: ${response.status()} ${JSON.stringify(body)}`,
      );
    await page.waitForTimeout(250);
  }
}

function sortHeader(page: Page, name: string): Locator {
  return page.getByRole('columnheader', { name, exact: true });
}

function columnHeaders(page: Page): Promise<string[]> {
  return page
    .getByRole('table')
    .locator('thead th')
    .allInnerTexts()
    .then((texts) => texts.map((text) => text.trim()));
}

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}
