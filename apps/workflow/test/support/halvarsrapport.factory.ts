import { randomUUID } from 'node:crypto';

let counter = 0;

/** Variables a submitted half-year report starts `halvarsrapport` with (what reporting will send). */
export function halvarsrapportStart(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const reportId = randomUUID();
  return {
    definitionKey: 'halvarsrapport',
    businessKey: `halvarsrapport:${reportId}`,
    variables: {
      reportId,
      reference: `HR-2026-1-${String(counter).padStart(4, '0')}`,
      reportingUnitId: '4601',
      reportingUnitName: 'Bergen',
      responsibleOfficeId: 'sf-vestland',
      responsibleOfficeName: 'Statsforvalteren i Vestland',
      submittedAt: new Date(
        Date.UTC(2026, 7, 1, 8, counter % 60),
      ).toISOString(),
      controlDueAt: '2026-08-25T22:00:00Z',
      ...overrides,
    },
  };
}

/** A `start` command for a submitted report, as reporting enqueues it on `workflow.command`. */
export function halvarsrapportStartCommand(
  overrides: Record<string, unknown> = {},
) {
  const start = halvarsrapportStart(overrides);
  return {
    command: 'start' as const,
    commandId: `start-${randomUUID()}`,
    definitionKey: start.definitionKey,
    businessKey: start.businessKey,
    variables: start.variables,
    requestedBy: 'reporter-4601-1',
  };
}

/** The `correlate` command reporting sends when the kommune resubmits a returned report. */
export function resubmittedCommand(businessKey: string, requestedBy: string) {
  return {
    command: 'correlate' as const,
    commandId: `resubmit-${randomUUID()}`,
    messageName: 'halvarsrapport-sendt-inn-pa-nytt',
    businessKey,
    variables: { resubmittedAt: '2026-09-01T10:00:00Z' },
    requestedBy,
  };
}
