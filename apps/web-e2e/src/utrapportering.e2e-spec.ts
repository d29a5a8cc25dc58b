import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  baseUrl,
  collectPageErrors,
  entryLink,
  expectAccessible,
  launchBrowser,
  openRoute,
  unexpectedErrors,
  waitForHeading,
} from './support/browser';
import { logInAs } from './support/login';

/**
 * «Utrapportering», the publication portal, as the seeded demo people meet it
 * (apps/identity/src/seed/demo-users.ts): Jon Pedersen reads for Vestland fylke (county 46) and sees
 * Bergen's figures, a key indicator against Vestland and the whole country, and a comparison; Ole
 * Uten Rolle has no role and is told he has no access. The demo data has approved reports for past
 * periods for every unit.
 */
describe('Utrapportering: the publication portal', () => {
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

  const INDICATOR = 'Meldinger gjennomgått innen én uke';
  /** «84,2 %»: a share with a decimal comma (and Intl's no-break space before the sign). */
  const PERCENT = /\d,\d\s%/;

  const section = (name: string) =>
    page.getByRole('region', { name, exact: true });
  const query = (name: string) => new URL(page.url()).searchParams.get(name);
  const headersOf = (table: Locator) =>
    table.getByRole('columnheader').allTextContents();

  async function logInFromLanding(person: string): Promise<void> {
    await openRoute(page, '/');
    await entryLink(page, 'Logg inn med ID-porten').click();
    await logInAs(page, person);
    await entryLink(page, 'Utrapportering').click();
    await waitForHeading(page, 'Utrapportering');
  }

  it("Jon sees Bergen's figures, a key indicator for Bergen, Vestland and Hele landet, and compares Bergen with Kinn", async () => {
    // given: Jon opens «Utrapportering» from the landing page
    await logInFromLanding('Jon Pedersen');
    expect(new URL(page.url()).pathname).toBe('/utrapportering');

    // then: his county's first unit, Bergen, is shown, with its reported figures
    const unitPicker = page
      .getByRole('form', { name: 'Velg kommune eller bydel' })
      .getByRole('combobox', { name: 'Kommune eller bydel' });
    await unitPicker.waitFor();
    await expect(unitPicker.inputValue()).resolves.toBe('4601');
    const figures = section('Rapporterte tall').getByRole('table', {
      name: 'Rapporterte tall for Bergen, nyeste periode først',
      exact: true,
    });
    await figures.waitFor();
    const periods = (await headersOf(figures)).slice(1);
    expect(periods.length).toBeGreaterThan(0);
    for (const period of periods) expect(period).toMatch(/halvår \d{4}/);
    await expect(
      figures.getByRole('rowheader').count(),
    ).resolves.toBeGreaterThan(0);
    const figuresCsv = section('Rapporterte tall').getByRole('link', {
      name: /^Last ned CSV/,
    });
    await expect(figuresCsv.getAttribute('href')).resolves.toBe(
      '/api/reporting/publication/units/4601/figures.csv',
    );
    await expectCsv(figuresCsv);
    await expectAccessible(page);

    // when: he picks an indicator
    const indicators = section('Nøkkeltall');
    await indicators
      .getByRole('combobox', { name: 'Nøkkeltall', exact: true })
      .selectOption({ label: INDICATOR });
    await indicators.getByRole('button', { name: 'Vis', exact: true }).click();

    // then: a chart and a table of the share for Bergen, Vestland and Hele landet
    const who = 'Bergen, Vestland og Hele landet';
    const chart = indicators.getByRole('img', {
      name: new RegExp(
        `^Linjediagram: ${INDICATOR}, andel i prosent, .* for ${who}\\.`,
      ),
    });
    await chart.waitFor();
    const keyTable = indicators.getByRole('table', {
      name: `${INDICATOR}: andel i prosent for ${who}, nyeste periode først`,
      exact: true,
    });
    await keyTable.waitFor();
    expect(query('nokkeltall')).toBe('reports-reviewed-within-week');
    await expect(headersOf(keyTable)).resolves.toEqual([
      'Periode',
      'Bergen',
      'Vestland',
      'Hele landet',
    ]);
    await expect(keyTable.getByRole('cell').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(PERCENT)]),
    );
    const keyCsv = indicators.getByRole('link', { name: /^Last ned CSV/ });
    await expect(keyCsv.getAttribute('href')).resolves.toBe(
      '/api/reporting/publication/indicators/reports-reviewed-within-week/series.csv?units=4601&compare=county%2Ccountry',
    );
    await expectCsv(keyCsv);
    await expectAccessible(page);

    // when: he adds Kinn to the comparison, which starts with Bergen
    const comparison = section('Sammenligning');
    await comparison.getByRole('button', { name: 'Fjern Bergen' }).waitFor();
    await comparison
      .getByRole('form', { name: 'Legg til i sammenligningen' })
      .getByRole('combobox', { name: 'Kommune eller bydel' })
      .selectOption('4602');
    await comparison
      .getByRole('button', { name: 'Legg til', exact: true })
      .click();

    // then: the chart and table compare Bergen and Kinn with the whole country
    await comparison
      .getByRole('status')
      .getByText('Kinn er lagt til i sammenligningen.')
      .waitFor();
    await comparison.getByRole('button', { name: 'Fjern Kinn' }).waitFor();
    const compared = 'Bergen, Kinn og Hele landet';
    await comparison
      .getByRole('img', { name: new RegExp(`for ${compared}\\.`) })
      .waitFor();
    const compareTable = comparison.getByRole('table', {
      name: `${INDICATOR}: sammenligning av ${compared}, nyeste periode først`,
      exact: true,
    });
    await compareTable.waitFor();
    await expect(headersOf(compareTable)).resolves.toEqual([
      'Periode',
      'Bergen',
      'Kinn',
      'Hele landet',
    ]);
    expect(query('sammenlign')).toBe('4601,4602');
    await expectCsv(comparison.getByRole('link', { name: /^Last ned CSV/ }));
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('Jon is told he cannot see the reported figures of a unit outside Vestland', async () => {
    // given
    await logInFromLanding('Jon Pedersen');
    // when: Stavanger, in Rogaland
    await page
      .getByRole('form', { name: 'Velg kommune eller bydel' })
      .getByRole('combobox', { name: 'Kommune eller bydel' })
      .selectOption('1103');
    await page
      .getByRole('form', { name: 'Velg kommune eller bydel' })
      .getByRole('button', { name: 'Vis', exact: true })
      .click();
    // then: a message instead of the table; the key indicator is still there
    await section('Rapporterte tall')
      .getByText(/Du har ikke tilgang til de rapporterte tallene for Stavanger/)
      .waitFor();
    await expect(
      section('Rapporterte tall').getByRole('table').count(),
    ).resolves.toBe(0);
    await section('Nøkkeltall').getByRole('table').waitFor();
    await expectAccessible(page);
    // The browser logs the service's 403 for the figures; that is the answer this test asks for.
    expect(
      unexpectedErrors(errors).filter(
        (error) =>
          !/status of 403 .*\/publication\/units\/1103\/figures/.test(error),
      ),
    ).toEqual([]);
  });

  it('Ole, who has no role, is told that he has no access to «Utrapportering»', async () => {
    // given
    await page.goto(`${baseUrl()}/utrapportering`);
    // when
    await logInAs(page, 'Ole Uten Rolle');
    // then
    await waitForHeading(page, 'Utrapportering');
    await page
      .getByText('Du har ikke tilgang til utrapportering ennå.', {
        exact: true,
      })
      .waitFor();
    await expect(
      page.getByRole('heading', { name: 'Rapporterte tall' }).count(),
    ).resolves.toBe(0);
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  /** The link's CSV downloads with the page's session: 200, text/csv, a header line and data. */
  async function expectCsv(link: Locator): Promise<void> {
    const href = await link.getAttribute('href');
    const response = await page.request.get(`${baseUrl()}${href}`);
    expect({ href, status: response.status() }).toEqual({ href, status: 200 });
    expect(response.headers()['content-type']).toContain('text/csv');
    const lines = (await response.text()).trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
  }
});
