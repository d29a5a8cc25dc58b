import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  baseUrl,
  collectPageErrors,
  expectAccessible,
  launchBrowser,
  unexpectedErrors,
  waitForHeading,
} from './support/browser';
import { logInAs } from './support/login';
import {
  definitionXml,
  deployDefinition,
  instanceWaitingAt,
  latestVersion,
  startHalvarsrapport,
} from './support/workflow';

const MIWG_DIR = resolve(__dirname, '../../workflow/test/fixtures/miwg');
const NEW_STEP = 'Forhåndskontroll';

/**
 * «Prosesser», the platform admin's BPMN administration: Maria (platform admin) changes the
 * half-year report's flow in the editor and publishes it; reports follow the version they started
 * on. The other browser suites start half-year reports too, so this suite publishes version 1's
 * model again when it is done (a rollback is a new version), and reads counts instead of assuming
 * it is alone.
 */
describe('«Prosesser», process administration in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  /** The newest halvarsrapport version before this suite changed it, to publish again after. */
  let originalVersion = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    context = await browser.newContext({
      locale: 'nb-NO',
      viewport: { width: 1400, height: 1000 },
    });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.goto(`${baseUrl()}/admin/prosesser`);
    await logInAs(page, 'Maria Haugen');
    await waitForHeading(page, 'Prosesser');
  });
  afterEach(async () => {
    await context.close();
  });
  afterAll(async () => {
    if (originalVersion > 0) {
      const restore = await browser.newContext();
      const admin = await restore.newPage();
      await admin.goto(`${baseUrl()}/admin/prosesser`);
      await logInAs(admin, 'Maria Haugen');
      await waitForHeading(admin, 'Prosesser');
      await deployDefinition(
        admin,
        await definitionXml(admin, 'halvarsrapport', originalVersion),
        `Tilbake til versjon ${originalVersion} etter nettlesertesten`,
      );
      await restore.close();
    }
    await browser?.close();
  });

  it('Maria adds a step before the control and publishes it: a new report takes the step, one already waiting stays on its version until she migrates it', async () => {
    // given a report waiting at «Kontroll statsforvalter» on the current version
    const run = randomUUID().slice(0, 8);
    originalVersion = await latestVersion(page, 'halvarsrapport');
    await startHalvarsrapport(page, reportOf(`e2e-prosess-${run}-gammel`));
    const waiting = await instanceWaitingAt(
      page,
      `e2e-prosess-${run}-gammel`,
      'Task_kontroll',
    );
    expect(waiting.definitionVersion).toBe(originalVersion);

    // then «Prosesser» lists it, and its version's diagram counts it at the control task
    await expectAccessible(page);
    const processRow = page
      .getByRole('table', { name: 'Publiserte prosesser, siste versjon' })
      .getByRole('row')
      .filter({ hasText: 'Halvårsrapport' });
    await processRow
      .getByRole('link', {
        name: `Diagram for Halvårsrapport, versjon ${originalVersion}`,
        exact: true,
      })
      .click();
    await waitForHeading(page, `Halvårsrapport, versjon ${originalVersion}`);
    const waitingAtControl = await runningAt(
      page,
      originalVersion,
      'Task_kontroll',
    );
    expect(waitingAtControl).toBeGreaterThanOrEqual(1);
    await expect(
      waitingBadge(page, 'Task_kontroll').textContent({ timeout: 10_000 }),
    ).resolves.toBe(String(waitingAtControl));
    await page
      .getByRole('region', { name: 'Aktiviteter med instanser' })
      .getByRole('link', { name: 'Kontroll statsforvalter', exact: true })
      .click();
    const waitingRow = page
      .getByRole('table', { name: /^Instanser som venter i «Kontroll/ })
      .getByRole('row')
      .filter({ hasText: `e2e-prosess-${run}-gammel` });
    await expectAccessible(page);
    // …and the instance shows where it stands, on its version's diagram, with its variables
    await waitingRow.getByRole('link', { name: /^Instans / }).click();
    await waitForHeading(
      page,
      `Halvårsrapport: instans ${waiting.id.slice(0, 8)}`,
    );
    await page
      .locator('.djs-element.pa-path-current[data-element-id="Task_kontroll"]')
      .waitFor({ state: 'attached' });
    await page
      .getByRole('table', { name: 'Variabler, alfabetisk' })
      .getByRole('row')
      .filter({ hasText: 'sf-e2e-prosesser' })
      .waitFor();
    await expectAccessible(page);

    // when she opens the editor, makes room after the parallel gateway and drops a task there
    await page
      .getByRole('link', { name: 'Alle prosesser', exact: true })
      .click();
    await waitForHeading(page, 'Prosesser');
    await processRow.getByRole('link', { name: /^Rediger/ }).click();
    await waitForHeading(page, 'Rediger prosess Halvårsrapport');
    await verdict(page).getByText('Ingen problemer.').waitFor();
    await expectAccessible(page);
    const stepId = await insertTaskBeforeControl(page, NEW_STEP);
    // …makes it a user task with the control form, for the report's Statsforvalter office
    await selectShape(page, stepId);
    await page.locator('.djs-context-pad [data-action="replace"]').click();
    await page.locator('.djs-popup [data-id="replace-with-user-task"]').click();
    await verdict(page).getByText('2 problemer hindrer publisering.').waitFor();
    const properties = page.locator('.editor__properties');
    await properties
      .getByText('Hvem kan utføre oppgaven', { exact: true })
      .click();
    await properties
      .locator('#bio-properties-panel-candidateGroups')
      .fill('statsforvalter:${environment.variables.responsibleOfficeId}');
    await properties.getByText('Skjema', { exact: true }).click();
    await properties
      .locator('#bio-properties-panel-formType')
      .selectOption('formKey');
    await properties
      .locator('#bio-properties-panel-formKey')
      .fill('halvarsrapport:kontroll');
    await verdict(page).getByText('Ingen problemer.').waitFor();

    // …and publishes it with a change note, after reading what changed
    await page
      .getByRole('button', { name: 'Publiser ny versjon', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Publiser ny versjon' });
    await dialog
      .getByRole('heading', {
        name: `Endringer fra versjon ${originalVersion}`,
      })
      .waitFor();
    await dialog.getByText(NEW_STEP).first().waitFor();
    await expectAccessible(page);
    await dialog
      .getByRole('textbox', { name: 'Endringsnotat' })
      .fill('Forhåndskontroll før statsforvalterens kontroll');
    await dialog
      .getByRole('button', { name: 'Publiser versjon', exact: true })
      .click();
    const newVersion = originalVersion + 1;
    await page
      .getByRole('link', {
        name: `Se versjon ${newVersion} av halvarsrapport`,
        exact: true,
      })
      .waitFor();

    // then a new report follows the new version to the new step…
    await startHalvarsrapport(page, reportOf(`e2e-prosess-${run}-ny`));
    const fresh = await instanceWaitingAt(
      page,
      `e2e-prosess-${run}-ny`,
      stepId,
    );
    expect(fresh.definitionVersion).toBe(newVersion);
    // …while the one already waiting stays where it was, on its version
    const old = await instanceWaitingAt(
      page,
      `e2e-prosess-${run}-gammel`,
      'Task_kontroll',
    );
    expect(old.definitionVersion).toBe(originalVersion);

    // and the new version's diagram shows the waiting report at the new step
    await page
      .getByRole('link', {
        name: `Se versjon ${newVersion} av halvarsrapport`,
        exact: true,
      })
      .click();
    await waitForHeading(page, `Halvårsrapport, versjon ${newVersion}`);
    await expect(
      waitingBadge(page, stepId).textContent({ timeout: 10_000 }),
    ).resolves.toBe(String(await runningAt(page, newVersion, stepId)));
    // the definitions page lists the version with who published it and why
    await page
      .getByRole('link', { name: 'Alle prosesser', exact: true })
      .click();
    await waitForHeading(page, 'Prosesser');
    const latestCells = await processRow.locator('th, td').allInnerTexts();
    expect(latestCells.slice(0, 3)).toEqual([
      'Halvårsrapport',
      'halvarsrapport',
      `Versjon ${newVersion}`,
    ]);
    expect(latestCells.slice(4, 6)).toEqual([
      'Maria Haugen',
      'Forhåndskontroll før statsforvalterens kontroll',
    ]);
    await expectAccessible(page);

    // when she moves the old report to the new version (the control task has the same id there)
    await page.goto(`${baseUrl()}/admin/prosesser/instanser/${old.id}`);
    await waitForHeading(page, `Halvårsrapport: instans ${old.id.slice(0, 8)}`);
    await page.getByText('Flytt til en annen versjon', { exact: true }).click();
    await expect(
      page.getByLabel('Til versjon', { exact: true }).inputValue(),
    ).resolves.toBe(String(newVersion));
    await expect(
      page
        .getByLabel(`«Kontroll statsforvalter» blir i versjon ${newVersion}`)
        .inputValue(),
    ).resolves.toBe('Task_kontroll');
    await expectAccessible(page);
    await page
      .getByRole('button', { name: 'Flytt instansen', exact: true })
      .click();
    // then it runs the new version, still at the control
    await page
      .getByText(`Instansen er flyttet til versjon ${newVersion}.`)
      .waitFor();
    const moved = await instanceWaitingAt(
      page,
      `e2e-prosess-${run}-gammel`,
      'Task_kontroll',
    );
    expect(moved.definitionVersion).toBe(newVersion);
    expect(unexpectedErrors(errors)).toEqual([]);
  });

  it('is for platform admins only: Tor (a bekymringsmelding caseworker) is sent to the front page', async () => {
    // given
    const other = await browser.newContext({ locale: 'nb-NO' });
    const tor = await other.newPage();
    await tor.goto(`${baseUrl()}/admin/prosesser/rediger/halvarsrapport`);
    await logInAs(tor, 'Tor Karlsen');
    // then
    await tor.waitForURL((url) => url.pathname === '/');
    await expect(
      tor.getByRole('banner').getByRole('link', { name: 'Prosesser' }).count(),
    ).resolves.toBe(0);
    const api = await tor.request.get(`${baseUrl()}/api/workflow/definitions`);
    expect(api.status()).toBe(403);
    await other.close();
  });

  it('uploads every MIWG reference model in the editor to a verdict, and draws it', async () => {
    // given the editor with an empty diagram, from «Prosesser»
    await page.getByRole('link', { name: 'Ny prosess', exact: true }).click();
    await waitForHeading(page, 'Ny prosess');
    await verdict(page)
      .getByText(/Ingen problemer|hindrer publisering/)
      .waitFor();
    const files = readdirSync(MIWG_DIR).filter((file) =>
      file.endsWith('.bpmn'),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    // Every check the workflow service answers: none may be a server error.
    const checks: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/workflow/definitions/validate'))
        checks.push(response.status());
    });
    // From the second file on, the diagram on screen is an unpublished change: she is asked first.
    const confirmations: string[] = [];
    page.on('dialog', (dialog) => {
      confirmations.push(dialog.message());
      void dialog.accept();
    });

    for (const file of files) {
      // when
      await page
        .getByLabel('Velg BPMN-fil å laste opp', { exact: true })
        .setInputFiles(join(MIWG_DIR, file));

      // then: drawn, checked, and a verdict shown (one the service gave, or that bpmn-js cannot
      // write the file back as XML, for C.1.0, whose `camunda` prefix is Activiti's namespace)
      await page
        .getByText(`Diagrammet fra ${file} er lastet inn.`, { exact: true })
        .waitFor();
      await page
        .locator('.editor__canvas g.djs-shape')
        .first()
        .waitFor({ state: 'attached' });
      await verdict(page)
        .getByText(
          /Ingen problemer\. Modellen kan publiseres\.|\d+ problem(?:er)? hindrer publisering\./,
        )
        .waitFor();
      await expect(
        page.getByText('Vi kunne ikke lese modellen.').count(),
      ).resolves.toBe(0);
    }
    expect(checks.length).toBeGreaterThanOrEqual(files.length - 1);
    expect(checks.filter((status) => status !== 200)).toEqual([]);
    expect(confirmations).toHaveLength(files.length - 1);
    expect(confirmations[0]).toMatch(
      /^Filen erstatter diagrammet som er åpent/,
    );
    await expectAccessible(page);
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});

/** A report for an office nobody works at, so no other suite's inbox sees its tasks. */
function reportOf(businessKey: string) {
  return {
    businessKey,
    reportingUnitId: '0301',
    reportingUnitName: 'Oslo',
    responsibleOfficeId: 'sf-e2e-prosesser',
    responsibleOfficeName: 'Statsforvalteren (test av prosesser)',
    reference: `${businessKey} 1. halvår 2026`,
    submittedAt: '2026-08-03T10:15:00.000Z',
    periodId: 1,
    periodName: '1. halvår 2026',
    reportVersion: 1,
  };
}

/** The editor's «Problemer» verdict (a live region). */
const verdict = (page: Page): Locator =>
  page.getByRole('region', { name: 'Problemer' }).getByRole('status');

/** The blue Cockpit badge on an activity of the drawn diagram. */
const waitingBadge = (page: Page, activityId: string): Locator =>
  page.locator(
    `.djs-overlays[data-container-id="${activityId}"] .bpmn-diagram__badge--waiting`,
  );

/** How many running instances of that version wait at the activity, by the workflow API. */
async function runningAt(
  page: Page,
  version: number,
  activityId: string,
): Promise<number> {
  const response = await page.request.get(
    `${baseUrl()}/api/workflow/process-instances`,
    {
      params: {
        definitionKey: 'halvarsrapport',
        version: String(version),
        activityId,
        status: 'running',
        pageSize: '1',
      },
    },
  );
  return ((await response.json()) as { total: number }).total;
}

/** Where an element of the editor's canvas is on screen (its hit area). */
async function boxOf(
  page: Page,
  elementId: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return page
    .locator(`.editor__canvas g[data-element-id="${elementId}"]`)
    .evaluate((element) => {
      const rect = (
        element.querySelector('.djs-hit') ?? element
      ).getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    });
}

/**
 * As a person does it in bpmn-js: the space tool pushes everything right of the parallel gateway
 * 150 px to the right, then a task from the palette is dropped on the now longer flow into
 * «Kontroll statsforvalter» (bpmn-js splits the flow) and named. Answers the new task's id.
 */
async function insertTaskBeforeControl(
  page: Page,
  name: string,
): Promise<string> {
  const gateway = await boxOf(page, 'Gateway_mottak');
  const control = await boxOf(page, 'Task_kontroll');
  await page.locator('.djs-palette .entry.bpmn-icon-space-tool').click();
  const x = (gateway.x + gateway.width + control.x) / 2;
  const y = control.y + control.height + 40;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 50, y, { steps: 5 });
  await page.mouse.move(x + 150, y, { steps: 10 });
  await page.mouse.up();

  const flow = await boxOf(page, 'Flow_tilKontroll');
  const dropX = flow.x + flow.width / 2;
  const dropY = flow.y + flow.height / 2;
  await page.locator('.djs-palette .entry.bpmn-icon-task').click();
  await page.mouse.move(dropX - 40, dropY + 40, { steps: 5 });
  await page.mouse.move(dropX, dropY, { steps: 10 });
  await page.mouse.click(dropX, dropY);
  // A new task opens its label for typing.
  await page.locator('.djs-direct-editing-parent').waitFor();
  await page.keyboard.type(name);
  const canvas = await page.locator('.editor__canvas').boundingBox();
  if (!canvas) throw new Error('the editor canvas is not on screen');
  await page.mouse.click(canvas.x + canvas.width - 60, canvas.y + 40);
  const created = page
    .locator('.editor__canvas g.djs-shape')
    .filter({ hasText: name });
  await created.first().waitFor({ state: 'attached' });
  const id = await created.first().getAttribute('data-element-id');
  if (!id) throw new Error(`the new task «${name}» has no element id`);
  // bpmn-js connected it on both sides: the flow into the control now starts at the new task.
  return id;
}

/** Clicks a shape until bpmn-js has selected it and shows its context pad. */
async function selectShape(page: Page, elementId: string): Promise<void> {
  const pad = page.locator('.djs-context-pad [data-action="replace"]');
  for (let attempt = 0; attempt < 5; attempt++) {
    const box = await boxOf(page, elementId);
    await page.mouse.click(box.x + box.width / 2, box.y + 8);
    try {
      await pad.waitFor({ timeout: 1000 });
      return;
    } catch {
      // a click right after editing a label may only end the editing
    }
  }
  throw new Error(`${elementId} could not be selected`);
}
