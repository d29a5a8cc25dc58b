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
