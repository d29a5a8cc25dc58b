import { randomInt, randomUUID } from 'node:crypto';
import { fodselsnummerProblem } from '@bvr/contracts';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  baseUrl,
  collectPageErrors,
  entryLink,
  expectAccessible,
  isAppUrl,
  launchBrowser,
  openRoute,
  unexpectedErrors,
  waitForHeading,
} from './support/browser';
import { logInAs, waitForTestIdPage } from './support/login';
import { waitForEmail } from './support/mail';

/**
 * «Søknad om tilgang til utrapportering»: a person new to the platform (a fresh synthetic
 * fødselsnummer each run) registers, applies from «Utrapportering», and the approver of the
 * application (Nils Olsen at Statsforvalteren i Rogaland for Sandnes; Sara Nilsen at Bufdir for
 * another organisation) is e-mailed and finds the task «Godkjenne rapporttilgang» in the inbox.
 */
describe('Tilgangssøknad: apply for access to «Utrapportering», and the approval', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];

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
    const context = await browser.newContext({ locale: 'nb-NO' });
    contexts.push(context);
    const page = await context.newPage();
    errors.push(collectPageErrors(page));
    return page;
  }

  /** A demo person (apps/identity/src/seed/demo-users.ts), logged in on `path`. */
  async function loggedIn(person: string, path: string): Promise<Page> {
    const page = await newPage();
    await page.goto(`${baseUrl()}${path}`);
    await logInAs(page, person);
    return page;
  }

  /** On the TestID page: a typed fødselsnummer instead of a demo person, then «Logg inn». */
  async function logInWithNumber(page: Page, number: string): Promise<void> {
    await waitForTestIdPage(page);
    await page
      .getByRole('textbox', { name: 'Fødselsnummer', exact: true })
      .fill(number);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.waitForURL(
      (url) => isAppUrl(url) && !url.pathname.startsWith('/auth/'),
      { timeout: 15000 },
    );
  }

  /** A new person: logs in by number from «Utrapportering», registers, and is back there. */
  async function newApplicant(
    number: string,
    name: string,
    email: string,
  ): Promise<Page> {
    const page = await newPage();
    await page.goto(`${baseUrl()}/utrapportering`);
    await logInWithNumber(page, number);
    await waitForHeading(page, 'Registrering');
    await expectAccessible(page);
    await page
      .getByRole('button', { name: 'Start registrering', exact: true })
      .click();
    const form = page.getByRole('form', {
      name: 'Brukerinformasjon på arbeidsstedet',
    });
    await form.getByRole('textbox', { name: 'Navn', exact: true }).fill(name);
    await form
      .getByRole('textbox', { name: 'E-post på arbeidsstedet', exact: true })
      .fill(email);
    await form
      .getByRole('textbox', { name: 'Telefon på arbeidsstedet', exact: true })
      .fill('917 65 432');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Lagre', exact: true }).click();
    await waitForHeading(page, 'Utrapportering');
    return page;
  }

  const applicationForm = (page: Page) =>
    page.getByRole('form', { name: 'Søknad om tilgang til utrapportering' });
  const pendingBox = (page: Page, approver: string) =>
    page.getByRole('heading', {
      name: `Søknaden din venter på behandling hos ${approver}`,
      exact: true,
    });

  /** Waits (reloading) until the inbox lists the application's task; null if it never does. */
  async function findTask(page: Page, applicant: string, timeoutMs: number) {
    await waitForHeading(page, 'Oppgaver');
    const link = page
      .getByRole('table')
      .getByRole('link', { name: `Tilgangssøknad: ${applicant}`, exact: true });
    const deadline = Date.now() + timeoutMs;
    while (!(await link.isVisible())) {
      if (Date.now() > deadline) return null;
      await page.waitForTimeout(500);
      await page.reload();
      await waitForHeading(page, 'Oppgaver');
    }
    return link;
  }

  it('a new person from Sandnes applies, Nils approves, and the person sees the portal after logging in again', async () => {
    // given: a person the platform has never seen
    const run = randomUUID().slice(0, 8);
    const number = syntheticFodselsnummer();
    const name = `Åse Søker ${run}`;
    const email = `ase.soker.${run}@bergen.kommune.test`;
    const applicant = await newApplicant(number, name, email);
    await applicant
      .getByText('Du har ikke tilgang til utrapportering ennå.', {
        exact: true,
      })
      .waitFor();
    const form = applicationForm(applicant);
    await form.getByText(name, { exact: true }).waitFor();
    await expectAccessible(applicant);

    // when: «Send søknad» without an answer, then as Sandnes
    const send = form.getByRole('button', { name: 'Send søknad', exact: true });
    await send.click();
    // then: the error summary names what is missing
    await applicant
      .getByRole('link', { name: 'Velg hvem du representerer.', exact: true })
      .waitFor();
    await expectAccessible(applicant);
    await form
      .getByRole('group', { name: 'Hvem representerer du?' })
      .getByRole('radio', { name: 'En kommune eller bydel', exact: true })
      .check();
    await form
      .getByRole('combobox', { name: 'Kommune eller bydel', exact: true })
      .selectOption('1108');
    await expectAccessible(applicant);
    await send.click();

    // then: the application waits at Statsforvalteren i Rogaland, and no second one can be sent
    const pending = pendingBox(applicant, 'Statsforvalteren i Rogaland');
    await pending.waitFor();
    // focus moves to it (after the render that shows it)
    await applicant.waitForFunction(
      () => document.activeElement?.id === 'access-pending-heading',
    );
    await expect(applicationForm(applicant).count()).resolves.toBe(0);
    await expect(
      applicant.getByRole('button', { name: 'Send søknad' }).count(),
    ).resolves.toBe(0);
    await expectAccessible(applicant);
    // and still so when the page is opened again
    await applicant.reload();
    await pendingBox(applicant, 'Statsforvalteren i Rogaland').waitFor();
    await expect(
      applicant.getByRole('button', { name: 'Send søknad' }).count(),
    ).resolves.toBe(0);

    // when: Nils is e-mailed, follows the link and opens the task
    const received = await waitForEmail(
      (mail) =>
        mail.to.includes('nils.olsen@demo.barnevern.test') &&
        mail.subject === `Ny søknad om tilgang til utrapportering fra ${name}`,
    );
    const link = received.text.match(/https?:\/\/\S+\/oppgaver\S*/);
    expect(link).not.toBeNull();
    const nils = await newPage();
    await nils.goto(link?.[0] ?? `${baseUrl()}/oppgaver`);
    await logInAs(nils, 'Nils Olsen');
    await nils
      .getByRole('tab', { name: 'Åpne oppgaver', exact: true })
      .waitFor();
    const task = await findTask(nils, name, 20_000);
    expect(task).not.toBeNull();
    await task?.click();
    await nils
      .getByRole('heading', { level: 1, name: 'Godkjenne rapporttilgang' })
      .waitFor();
    // then: he sees who applied and what for
    await nils.getByText(name, { exact: true }).first().waitFor();
    await nils.getByText('Kommune eller bydel', { exact: true }).waitFor();
    await expectAccessible(nils);

    // when: Ja, «Fortsett arbeidsflyt», «Bekreft»
    await nils
      .getByRole('group', { name: 'Godkjenner' })
      .getByRole('radio', { name: 'Ja', exact: true })
      .check();
    await nils
      .getByRole('button', { name: 'Fortsett arbeidsflyt', exact: true })
      .click();
    await nils
      .getByRole('heading', { name: 'Bekreft vedtaket', exact: true })
      .waitFor();
    await nils.getByText(/får tilgang til utrapportering/).waitFor();
    await expectAccessible(nils);
    await nils.getByRole('button', { name: 'Bekreft', exact: true }).click();
    // then: back in the inbox
    await waitForHeading(nils, 'Oppgaver');
    await expectAccessible(nils);

    // and the applicant is told, logs in again and sees the portal with Sandnes
    await waitForEmail(
      (mail) =>
        mail.to.includes(email) &&
        mail.subject === 'Du har fått tilgang til utrapportering',
    );
    const again = await newPage();
    await openRoute(again, '/');
    await entryLink(again, 'Logg inn med ID-porten').click();
    await logInWithNumber(again, number);
    await entryLink(again, 'Utrapportering').click();
    await waitForHeading(again, 'Utrapportering');
    await again
      .getByRole('region', { name: 'Nøkkeltall', exact: true })
      .waitFor();
    await expect(
      again
        .getByRole('form', { name: 'Velg kommune eller bydel' })
        .getByRole('combobox', { name: 'Kommune eller bydel' })
        .inputValue(),
    ).resolves.toBe('1108');
    await expect(applicationForm(again).count()).resolves.toBe(0);
    await expectAccessible(again);
  });

  it('a new person from another organisation applies: Sara at Bufdir gets it, Per does not', async () => {
    // given
    const run = randomUUID().slice(0, 8);
    const name = `Eva Ekstern ${run}`;
    const applicant = await newApplicant(
      syntheticFodselsnummer(),
      name,
      `eva.ekstern.${run}@forskning.test`,
    );
    const form = applicationForm(applicant);

    // when: «Annen virksomhet», without a name first
    await form
      .getByRole('radio', { name: 'Annen virksomhet', exact: true })
      .check();
    const organisation = form.getByRole('textbox', {
      name: 'Virksomhet',
      exact: true,
    });
    await organisation.waitFor();
    await form
      .getByRole('button', { name: 'Send søknad', exact: true })
      .click();
    await applicant
      .getByRole('link', {
        name: 'Skriv navnet på virksomheten du representerer.',
        exact: true,
      })
      .waitFor();
    await expect(organisation.getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await expectAccessible(applicant);
    await organisation.fill('Norsk forskningsinstitutt');
    await form
      .getByRole('button', { name: 'Send søknad', exact: true })
      .click();

    // then
    await pendingBox(applicant, 'Bufdir').waitFor();
    await expectAccessible(applicant);
    await waitForEmail(
      (mail) =>
        mail.to.includes('sara.nilsen@demo.barnevern.test') &&
        mail.subject === `Ny søknad om tilgang til utrapportering fra ${name}`,
    );
    const sara = await loggedIn('Sara Nilsen', '/oppgaver');
    const task = await findTask(sara, name, 20_000);
    expect(task).not.toBeNull();
    await expectAccessible(sara);

    // and Per's inbox does not have it (the task exists by now: Sara sees it)
    const per = await loggedIn('Per Johansen', '/oppgaver');
    await expect(findTask(per, name, 0)).resolves.toBeNull();
    await expectAccessible(per);
  });
});

/**
 * A valid synthetic fødselsnummer (ID-porten's test persons: month + 80), new for each call, so
 * each run registers a person the platform has not seen.
 */
function syntheticFodselsnummer(): string {
  for (;;) {
    const day = String(randomInt(1, 29)).padStart(2, '0');
    const month = String(80 + randomInt(1, 13));
    const year = String(randomInt(50, 100));
    const individual = String(randomInt(0, 500)).padStart(3, '0');
    const candidate = `${day}${month}${year}${individual}${String(randomInt(0, 100)).padStart(2, '0')}`;
    if (!fodselsnummerProblem(candidate)) return candidate;
  }
}
