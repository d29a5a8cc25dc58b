import { workflowCommand } from '@bvr/contracts';
import { halvarsrapportCommand } from './halvarsrapport-command';

const bergen = {
  id: '4601',
  name: 'Bergen',
  officeId: 'sf-vestland',
  officeName: 'Statsforvalteren i Vestland',
};
const firstHalf2026 = {
  id: 7,
  name: '1. halvår 2026',
  year: 2026,
  half: 1 as const,
  statsforvalterDeadline: '2026-08-25',
};
const reportId = '0b7e6c1e-5d43-4f0e-9a57-3f1f8f6f2a10';
const submittedAt = new Date('2026-08-10T08:30:00.000Z');

describe('halvarsrapportCommand', () => {
  it('starts the control process for the first submission, with the inbox columns as variables', () => {
    const command = halvarsrapportCommand(
      { reportId, version: 1, submittedAt, submittedBy: 'reporter-kari' },
      bergen,
      firstHalf2026,
    );

    expect(command).toEqual({
      command: 'start',
      commandId: `report-${reportId}-v1`,
      definitionKey: 'halvarsrapport',
      businessKey: 'halvarsrapport-4601-2026-1',
      requestedBy: 'reporter-kari',
      variables: {
        reportId,
        reportVersion: 1,
        periodId: 7,
        periodName: '1. halvår 2026',
        reference: '4601 1. halvår 2026',
        reportingUnitId: '4601',
        reportingUnitName: 'Bergen',
        responsibleOfficeId: 'sf-vestland',
        responsibleOfficeName: 'Statsforvalteren i Vestland',
        submittedAt: '2026-08-10T08:30:00.000Z',
        submittedBy: 'reporter-kari',
        controlDueAt: '2026-08-25T21:59:59.999Z',
      },
    });
    expect(workflowCommand.payload.safeParse(command).success).toBe(true);
  });

  it('correlates the resubmission message with the same business key for a later version', () => {
    const command = halvarsrapportCommand(
      { reportId, version: 2, submittedAt, submittedBy: 'client:fagsystem' },
      bergen,
      firstHalf2026,
    );

    expect(command).toEqual({
      command: 'correlate',
      commandId: `report-${reportId}-v2`,
      messageName: 'halvarsrapport-sendt-inn-pa-nytt',
      businessKey: 'halvarsrapport-4601-2026-1',
      requestedBy: 'client:fagsystem',
      variables: {
        reportVersion: 2,
        submittedAt: '2026-08-10T08:30:00.000Z',
        submittedBy: 'client:fagsystem',
      },
    });
    expect(workflowCommand.payload.safeParse(command).success).toBe(true);
  });
});
