import type { Page } from 'playwright-core';
import { baseUrl } from './browser';

export interface HalvarsrapportStart {
  readonly businessKey: string;
  readonly reportingUnitId: string;
  readonly reportingUnitName: string;
  readonly responsibleOfficeId: string;
  readonly responsibleOfficeName: string;
  readonly reference: string;
  readonly submittedAt: string;
  readonly controlDueAt?: string;
  /** What the «Varsle statsforvalter» e-mail needs; without them its job ends in an incident. */
  readonly periodId?: number;
  readonly periodName?: string;
  readonly reportVersion?: number;
}

/** Starts a `halvarsrapport` through the gateway as the logged-in admin of `page`. */
export async function startHalvarsrapport(
  page: Page,
  start: HalvarsrapportStart,
): Promise<void> {
  const { businessKey, ...variables } = start;
  const response = await page.request.post(
    `${baseUrl()}/api/workflow/process-instances`,
    {
      headers: await csrfHeaders(page),
      data: { definitionKey: 'halvarsrapport', businessKey, variables },
    },
  );
  if (!response.ok())
    throw new Error(
      `starting ${businessKey}: ${response.status()} ${await response.text()}`,
    );
}

/** What the workflow API says of one process instance (the fields the browser tests read). */
export interface InstanceSummary {
  readonly id: string;
  readonly definitionVersion: number;
  readonly currentActivities: readonly { readonly id: string }[];
}

/**
 * Waits (20 s at most) until the instance with this business key waits at `activityId`: the
 * engine steps on after the start answers. Asks the API as the logged-in admin of `page`.
 */
export async function instanceWaitingAt(
  page: Page,
  businessKey: string,
  activityId: string,
): Promise<InstanceSummary> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await page.request.get(
      `${baseUrl()}/api/workflow/process-instances`,
      { params: { businessKey } },
    );
    const body = response.ok()
      ? ((await response.json()) as { items: InstanceSummary[] })
      : null;
    const instance = body?.items[0];
    if (instance?.currentActivities.some(({ id }) => id === activityId))
      return instance;
    if (Date.now() > deadline)
      throw new Error(
        `${businessKey} is not waiting at ${activityId}: ${response.status()} ${JSON.stringify(body)}`,
      );
    await page.waitForTimeout(250);
  }
}

/** The gateway's CSRF check wants the `XSRF-TOKEN` cookie echoed as a header, from our origin. */
async function csrfHeaders(page: Page): Promise<Record<string, string>> {
  const cookies = await page.context().cookies(baseUrl());
  const xsrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  if (!xsrf) throw new Error('no XSRF-TOKEN cookie after logging in');
  return { 'X-XSRF-TOKEN': xsrf, Origin: new URL(baseUrl()).origin };
}

/** One version's BPMN XML, as the logged-in admin of `page`. */
export async function definitionXml(
  page: Page,
  key: string,
  version: number,
): Promise<string> {
  const response = await page.request.get(
    `${baseUrl()}/api/workflow/definitions/${key}/versions/${version}/xml`,
  );
  if (!response.ok())
    throw new Error(`${key} v${version}: ${response.status()}`);
  return response.text();
}

/** Deploys `xml` as a new version through the gateway; answers the version number. */
export async function deployDefinition(
  page: Page,
  xml: string,
  changeNote: string,
): Promise<number> {
  const response = await page.request.post(
    `${baseUrl()}/api/workflow/definitions`,
    {
      headers: {
        ...(await csrfHeaders(page)),
        'Content-Type': 'application/xml',
      },
      params: { changeNote },
      data: xml,
    },
  );
  if (!response.ok())
    throw new Error(`deploying: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { version: number }).version;
}

/** The newest version of a process key. */
export async function latestVersion(page: Page, key: string): Promise<number> {
  const response = await page.request.get(
    `${baseUrl()}/api/workflow/definitions`,
  );
  const definitions = (await response.json()) as Array<{
    key: string;
    versions: Array<{ version: number }>;
  }>;
  const versions =
    definitions
      .find((definition) => definition.key === key)
      ?.versions.map((version) => version.version) ?? [];
  if (versions.length === 0) throw new Error(`no process ${key}`);
  return Math.max(...versions);
}
