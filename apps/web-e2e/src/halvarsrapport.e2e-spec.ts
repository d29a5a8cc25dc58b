import { Browser, BrowserContext, Page } from 'playwright-core';
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
import { waitForEmail } from './support/mail';

/**
 * The half-year report from the kommune to Bufdir, through the browser and the e-mails between:
 * Ola (reporter for two of Oslo's bydeler) submits Gamle Oslo's report for 1. halvår 2026, after its
 * deadline; Lise (Statsforvalteren i Oslo og Viken) is e-mailed, controls it and says Nei with a message;
 * Ola is e-mailed the message with a link, and sends the report again; Lise says Ja; the report is approved
 * in Bufdir's overview. One test: each step needs the one before it.
 */
describe('Halvårsrapport: submit, control, return, resubmit, approve', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function loggedIn(person: string, path: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'nb-NO' });
    contexts.push(context);
    const page = await context.newPage();
    errors.push(collectPageErrors(page));
    await page.goto(`${baseUrl()}${path}`);
    await logInAs(page, person);
    return page;
  }

  const PERIOD = '1. halvår 2026';
  const RETURN_MESSAGE =
    'Tallene i del 1 ser ut til å mangle meldingene fra september. Kontroller og send inn på nytt.';

  it('goes from Ola to Lise and back, and ends approved for Bufdir', async () => {
    // given: Ola opens Gamle Oslo's form from «Innrapportering»
    const ola = await loggedIn('Ola Hansen', '/rapportering');
    await waitForHeading(ola, 'Innrapportering');
    await expectAccessible(ola);
    await ola
      .getByRole('link', {
        name: `Åpne skjemaet for Bydel Gamle Oslo, ${PERIOD}`,
        exact: true,
      })
      .click();
    await ola
      .getByRole('heading', {
        level: 1,
        name: /^Halvårsrapport 1\. halvår 2026/,
      })
      .waitFor();
    const reportUrl = ola.url();
    expect(new URL(reportUrl).pathname).toMatch(
      /^\/rapportering\/\d+\/030101$/,
    );
    await expectAccessible(ola);

    // when: she answers every point of every part, saves, and sends the report in
    await fillEveryPart(ola);
    await ola.getByRole('button', { name: 'Lagre', exact: true }).click();
    await ola
      .getByRole('status')
      .getByText(/Lagret kl\./)
      .waitFor();
    await submitReport(ola);

    // then: Lise's office is e-mailed, and the control task is in her inbox
    const received = await waitForEmail(
      (mail) =>
        mail.to.includes('lise.larsen@demo.barnevern.test') &&
        mail.subject.includes('Gamle Oslo'),
    );
    expect(received.text).toContain(`${baseUrl()}/oppgaver`);
    const lise = await loggedIn('Lise Larsen', '/oppgaver');
    await openTask(lise, `030101 ${PERIOD}`);
    await lise.getByRole('group', { name: 'Kontroll ok?' }).waitFor();
    await expectAccessible(lise);

    // when: she says Nei without a message, then with one
    const decision = lise.getByRole('group', { name: 'Kontroll ok?' });
    await decision.getByRole('radio', { name: 'Nei', exact: true }).check();
    await continueWorkflow(lise);
    const message = lise.getByRole('textbox', {
      name: 'Melding til kommunen ved ikke godkjent rapport',
    });
    await expectAttribute(message, 'aria-invalid', 'true');
    await expectAccessible(lise);
    await message.fill(RETURN_MESSAGE);
    await lise
      .locator('#control-message-counter')
      .getByText(`${RETURN_MESSAGE.length}/4000`)
      .waitFor();
    await continueWorkflow(lise);
    await confirmControl(lise);

    // then: Ola is e-mailed the message with a link to the report, which is open for correction
    const returned = await waitForEmail(
      (mail) =>
        mail.to.includes('ola.hansen@demo.barnevern.test') &&
        mail.subject.includes('sendt tilbake'),
    );
    expect(returned.text).toContain(RETURN_MESSAGE);
    const link = returned.text.match(
      /https?:\/\/\S+\/rapportering\/\d+\/030101/,
    );
    expect(link?.[0]).toBe(reportUrl);
    // and his inbox holds the correction task, which shows the message and leads to the report
    await ola.goto(`${baseUrl()}/oppgaver`);
    await openTask(ola, `030101 ${PERIOD}`, 'Korriger halvårsrapport');
    await ola.getByText(RETURN_MESSAGE).waitFor();
    await expectAccessible(ola);
    await ola
      .getByRole('link', { name: 'Åpne rapporten', exact: true })
      .click();
    await ola.waitForURL(reportUrl);
    await ola.goto(link?.[0] ?? reportUrl);
    await ola.getByText(RETURN_MESSAGE).waitFor();
    await expectAccessible(ola);

    // when: he sends it in again
    await submitReport(ola);

    // then: Lise is told it came back, controls it again and says Ja
    await waitForEmail(
      (mail) =>
        mail.to.includes('lise.larsen@demo.barnevern.test') &&
        mail.subject.includes('på nytt'),
    );
    await lise.goto(`${baseUrl()}/oppgaver`);
    await openTask(lise, `030101 ${PERIOD}`);
    await lise
      .getByRole('group', { name: 'Kontroll ok?' })
      .getByRole('radio', { name: 'Ja', exact: true })
      .check();
    await continueWorkflow(lise);
    await confirmControl(lise);

    // then: both controls are in her archive, and the overview shows the report approved
    await lise
      .getByRole('tab', { name: 'Løste oppgaver (arkiv)', exact: true })
      .click();
    await lise
      .getByRole('tabpanel')
      .getByRole('status')
      .getByText('Viser 1–2 av 2', { exact: true })
      .waitFor();
    await expectAccessible(lise);
    // and Bufdir sees it approved in the overview
    const sara = await loggedIn('Sara Nilsen', '/oversikt');
    await waitForHeading(sara, 'Oversikt');
    await sara.getByLabel('Søk', { exact: true }).fill('Gamle Oslo');
    await sara.getByRole('button', { name: 'Vis', exact: true }).click();
    await sara.waitForURL(
      (url) => url.searchParams.get('text') === 'Gamle Oslo',
    );
    await untilRowSays(sara, '030101', 'Godkjent');
    await expectAccessible(sara);

    for (const pageErrors of errors)
      expect(unexpectedErrors(pageErrors)).toEqual([]);
  }, 240_000);
});

describe('the report form when the browser is closed mid-way', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Kari types a figure, closes the tab without «Lagre», and finds it there when she comes back', async () => {
    // given: Kari (reporter for Bergen's bydeler) has a form open
    const context = await browser.newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl()}/rapportering`);
    await logInAs(page, 'Kari Nordmann');
    await waitForHeading(page, 'Innrapportering');
    await page
      .getByRole('link', { name: /^Åpne skjemaet for .*, 1\. halvår 2026$/ })
      .first()
      .click();
    await page
      .getByRole('heading', { level: 1, name: /^Halvårsrapport/ })
      .waitFor();
    const formUrl = page.url();
    const field = page
      .locator('form.report-page__points input[inputmode]')
      .first();
    const fieldId = await field.getAttribute('id');

    // when: she types and closes the tab (the browser asks whether to leave; she leaves)
    await field.fill('17');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.close({ runBeforeUnload: true });
    await page.waitForEvent('close');

    // then: in a new tab the figure is in the saved draft
    const again = await context.newPage();
    const againErrors = collectPageErrors(again);
    await again.goto(formUrl);
    await again
      .getByRole('heading', { level: 1, name: /^Halvårsrapport/ })
      .waitFor();
    await expect(again.locator(`#${fieldId}`).inputValue()).resolves.toBe('17');
    expect(unexpectedErrors(errors)).toEqual([]);
    expect(unexpectedErrors(againErrors)).toEqual([]);
    await context.close();
  });
});

/** Every part of the form: 0 in each number, Nei to each yes/no, a word in each text. */
async function fillEveryPart(page: Page): Promise<void> {
  const parts = page
    .getByRole('navigation', { name: 'Deler av skjemaet' })
    .getByRole('link');
  const count = await parts.count();
  expect(count).toBeGreaterThan(1);
  for (let index = 0; index < count; index++) {
    await parts.nth(index).click();
    await expectAttribute(parts.nth(index), 'aria-current', 'step');
    const form = page.locator('form.report-page__points');
    for (const input of await form.locator('input[inputmode]').all())
      await input.fill('0');
    for (const no of await form
      .getByRole('radio', { name: 'Nei', exact: true })
      .all())
      await no.check();
    for (const text of await form.locator('textarea').all())
      await text.fill('Ingen merknader.');
  }
}

async function submitReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send inn', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Send inn rapporten?' });
  await dialog.waitFor();
  await expectAccessible(page);
  await dialog
    .getByRole('button', { name: 'Ja, send inn', exact: true })
    .click();
  await page
    .getByRole('heading', { name: 'Rapporten er sendt inn', exact: true })
    .waitFor();
  await expectAccessible(page);
}

/** Opens the open task with this reference from «Oppgaver», once the workflow has made it. */
async function openTask(
  page: Page,
  reference: string,
  taskName = 'Kontroll statsforvalter',
): Promise<void> {
  await waitForHeading(page, 'Oppgaver');
  const link = page
    .getByRole('table')
    .getByRole('link', { name: reference, exact: true });
  const deadline = Date.now() + 20_000;
  while (!(await link.isVisible())) {
    if (Date.now() > deadline)
      throw new Error(`no open task ${reference} in the inbox`);
    await page.waitForTimeout(500);
    await page.reload();
    await waitForHeading(page, 'Oppgaver');
  }
  await link.click();
  await page.getByRole('heading', { level: 1, name: taskName }).waitFor();
}

const continueWorkflow = (page: Page) =>
  page
    .getByRole('button', { name: 'Fortsett arbeidsflyt', exact: true })
    .click();

async function confirmControl(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: 'Bekreft kontrollen', exact: true })
    .waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bekreft', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/oppgaver');
}

/** The overview lists the unit with this status once the workflow and reporting have caught up. */
async function untilRowSays(
  page: Page,
  unitName: string,
  status: string,
): Promise<void> {
  const row = page.getByRole('row').filter({ hasText: unitName });
  const loading = page.getByText('Henter oversikten', { exact: false });
  const deadline = Date.now() + 30_000;
  for (;;) {
    await loading.waitFor({ state: 'hidden', timeout: 15_000 });
    if (await row.getByText(status, { exact: true }).isVisible()) return;
    if (Date.now() > deadline)
      throw new Error(
        `${unitName} is not ${status} in the overview: ${await page.locator('main').innerText()}`,
      );
    await page.waitForTimeout(500);
    await page.reload();
    await waitForHeading(page, 'Oversikt');
  }
}
