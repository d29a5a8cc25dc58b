import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Browser, BrowserContext, Page } from 'playwright-core';
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
import { waitForEmail } from './support/mail';

/**
 * «Nasjonal portal for bekymringsmelding»: a private person (no login) sends a report to Bergen,
 * which has bydeler, without choosing one; it reaches the default bydel (Bergenhus). Tor Karlsen,
 * caseworker for Bergen, downloads it as PDF in «Motta bekymringsmeldinger» and confirms it; after
 * that nothing of what the sender wrote is left in the database.
 */
describe('Bekymringsmelding: send, download and confirm', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];
  /** Unique per run, so the scan of the database finds this run's text or nothing. */
  const concern = `Barnet gråter hver natt i oppgangen ${randomUUID()}`;
  const receiptAddress = `melder-${randomUUID().slice(0, 8)}@example.test`;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(errors.splice(0).flatMap(unexpectedErrors)).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: 'nb-NO',
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    errors.push(collectPageErrors(page));
    return page;
  }

  /** Every stored byte of the bekymringsmelding tables, as text, to search for what the sender wrote. */
  async function storedText(): Promise<string> {
    const client = new Client({
      connectionString: process.env['E2E_DATABASE_URL'],
    });
    await client.connect();
    try {
      const { rows } = await client.query<{ all: string }>(`
        SELECT (SELECT coalesce(string_agg(t::text, ' '), '') FROM bekymringsmelding.concern_message t) ||
               (SELECT coalesce(string_agg(t::text, ' '), '') FROM bekymringsmelding.concern_audit t) AS all`);
      return rows[0].all;
    } finally {
      await client.end();
    }
  }

  it('a private person sends a report to Bergen without choosing a bydel; it reaches Bergenhus', async () => {
    const page = await newPage();
    await openRoute(page, '/');
    await entryLink(page, 'Bekymringsmelding').click();
    await waitForHeading(page, 'Send bekymringsmelding til barnevernet');
    await expectAccessible(page);
    await page.getByRole('link', { name: /Jeg er privatperson/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByLabel('Kommunen der barnet bor')
      .selectOption({ label: 'Bergen' });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Send bekymringsmelding' }).click();
    // Nothing filled in: the error summary names what is missing, and nothing is sent.
    await page.getByRole('link', { name: /Fyll inn navnet ditt/ }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Navnet ditt').fill('Synne Syntetisk');
    await page.getByLabel('Navnet til barnet').fill('Lillegutt Testesen');
    await page
      .getByRole('region', { name: 'Barnet du er bekymret for' })
      .getByLabel('Gateadresse')
      .fill('Testveien 1');
    await page
      .getByRole('textbox', { name: /Hva er du bekymret for/ })
      .fill(concern);
    await page.getByLabel('E-post for kvittering').fill(receiptAddress);
    await page.getByRole('button', { name: 'Send bekymringsmelding' }).click();

    await waitForHeading(page, 'Bekymringsmeldingen er sendt');
    await expect(page.getByRole('main').innerText()).resolves.toContain(
      'Bergen kommune, bydel Bergenhus',
    );
    await expectAccessible(page);
    const mail = await waitForEmail((m) => m.to.includes(receiptAddress));
    expect(mail.subject).toBe('Vi har mottatt bekymringsmeldingen din');
    expect(mail.text).toContain('Bergen kommune, bydel Bergenhus');
    expect(mail.text).not.toContain('gråter');
    // Stored, but only encrypted.
    expect(await storedText()).not.toContain('gråter hver natt');
  });

  it('the caseworker downloads it as PDF and confirms; its content is then gone from the database', async () => {
    const page = await newPage();
    // The message is also a task in the inbox, «Last ned og bekreft», with the same actions.
    await page.goto(`${baseUrl()}/oppgaver`);
    await logInAs(page, 'Tor Karlsen');
    await page
      .getByRole('link', { name: /^BM-/ })
      .first()
      .click({ timeout: 20000 });
    await waitForHeading(page, 'Last ned og bekreft');
    await page
      .getByRole('heading', {
        name: 'Bekymringsmelding til manuell nedlasting',
      })
      .waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}/motta-bekymringsmeldinger`);
    await waitForHeading(page, 'Motta bekymringsmeldinger');
    await expectAccessible(page);
    const row = page.getByRole('row').filter({ hasText: 'Bergenhus' }).first();
    await row.waitFor();
    await expect(
      row.getByRole('button', { name: /^Bekreft/ }).isDisabled(),
    ).resolves.toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^Last ned/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^bekymringsmelding-BM-.+\.pdf$/,
    );
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');

    await row.getByRole('button', { name: /^Bekreft/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.innerText()).resolves.toContain(
      'Ikke trykk på bekreft før du er sikker på at bekymringsmeldingen er i fagsystemet.',
    );
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Bekreft', exact: true }).click();
    await page
      .getByRole('region', { name: /Bekreftet \/ sendt/ })
      .getByRole('row')
      .filter({ hasText: 'Bergenhus' })
      .first()
      .waitFor();
    await expectAccessible(page);

    const stored = await storedText();
    expect(stored).not.toContain('gråter hver natt');
    expect(stored).not.toContain(Buffer.from(concern, 'utf8').toString('hex'));
    const client = new Client({
      connectionString: process.env['E2E_DATABASE_URL'],
    });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM bekymringsmelding.concern_message WHERE content IS NOT NULL`,
      );
      expect(rows[0].n).toBe(0);
      const audit = await client.query(
        `SELECT action FROM bekymringsmelding.concern_audit ORDER BY id`,
      );
      expect(audit.rows.map((r) => r.action)).toEqual([
        'downloaded',
        'confirmed',
      ]);
    } finally {
      await client.end();
    }
  });
});

/**
 * The set-up wizard («veiviseren») of the seed guide: Marte Jensen, service admin for Stavanger,
 * takes the service into use (no bydeler, manual receipt), and Stavanger then appears on the public
 * form's list of kommuner.
 */
describe('Bekymringsmelding: the set-up wizard', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'nb-NO' });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('Stavanger is set up step by step, with back-navigation, and receives messages afterwards', async () => {
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${baseUrl()}/bekymringsmelding/tjeneste`);
    await logInAs(page, 'Marte Jensen');
    await waitForHeading(page, 'Nasjonal portal for bekymringsmelding');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Stavanger' }).click();
    await page.getByRole('button', { name: 'Start veiviser' }).click();
    /** «Gå videre», then wait until the next step has its focus on its heading (it has rendered). */
    const next = async () => {
      await page.getByRole('button', { name: 'Gå videre' }).click();
      await page.waitForFunction(
        () => document.activeElement?.id === 'setup-step-heading',
      );
    };

    await page.getByLabel('Nei, kommunen har ikke bydeler').check();
    await expectAccessible(page);
    await next();
    await page
      .getByLabel('Manuelt via vår tjeneste «Motta bekymringsmeldinger»')
      .check();
    await next();
    // Back and forth keeps what was chosen.
    await page.getByRole('button', { name: 'Tilbake' }).click();
    await expect(
      page
        .getByLabel('Manuelt via vår tjeneste «Motta bekymringsmeldinger»')
        .isChecked(),
    ).resolves.toBe(true);
    await next();

    // Nothing filled in: the step stays, with errors.
    await page.getByRole('button', { name: 'Gå videre' }).click();
    await page
      .getByRole('link', { name: /Fyll inn/ })
      .first()
      .waitFor();
    await expectAccessible(page);
    await page
      .getByLabel('Navn på mottaker')
      .fill('Barneverntjenesten i Stavanger');
    await page.getByLabel('Adresselinje 1').fill('Postboks 8001');
    await page.getByLabel('Postnummer').fill('4068');
    await page.getByLabel('Poststed').fill('Stavanger');
    await next();
    await page.getByLabel('E-post').fill('barnevern@stavanger.kommune.test');
    await page.getByLabel('Telefon').fill('51 50 70 90');
    await next();
    await page
      .getByLabel('E-postadresse 1')
      .fill('varsel@stavanger.kommune.test');
    await next();
    await expect(page.getByRole('main').innerText()).resolves.toContain(
      'Postboks 8001',
    );
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ta i bruk tjenesten' }).click();
    await page.getByRole('tab', { name: /Tilganger for Stavanger/ }).waitFor();
    await expectAccessible(page);

    await page.goto(`${baseUrl()}/bekymringsmelding/privat`);
    await page
      .getByLabel('Kommunen der barnet bor')
      .selectOption({ label: 'Stavanger' });
    // Stavanger has no bydeler: there is nothing to choose.
    await expect(page.getByLabel('Bydel').count()).resolves.toBe(0);
    // The 404 before the wizard is how the service says «not set up yet».
    expect(
      unexpectedErrors(errors).filter(
        (error) =>
          !error.includes(
            '404 (Not Found) — ' +
              `${baseUrl()}/api/bekymringsmelding/kommuner/1103/tjeneste`,
          ),
      ),
    ).toEqual([]);
  });
});
