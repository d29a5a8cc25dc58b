import { toTaskDetails } from './task';

const task = (fields: Record<string, unknown>) => ({
  id: '0b9d3c52-1f6e-4c1a-9a57-0d3f4c2b1a10',
  name: 'Godkjenne rapporttilgang',
  status: 'open',
  createdAt: '2026-12-04T10:00:00.000Z',
  ...fields,
});

describe('a task of the access application', () => {
  it('reads who applied and what they represent', () => {
    // when
    const details = toTaskDetails(
      task({
        formKey: 'tilgangssoknad:behandle',
        variables: {
          applicantName: 'Ola Søker',
          applicantKind: 'statsforvalter',
          reportingUnitName: 'Statsforvalteren i Vestland',
          submittedAt: '2026-12-04T10:00:00.000Z',
          approverGroup: 'sf-vestland',
        },
        draft: { approved: true },
      }),
    );
    // then
    expect(details.application).toEqual({
      applicantName: 'Ola Søker',
      applicantKind: 'statsforvalter',
      represents: 'Statsforvalteren i Vestland',
      submittedAt: '2026-12-04T10:00:00.000Z',
    });
    expect(details.accessDecision).toEqual({ approved: true });
    expect(details.draft).toBeNull();
  });

  it('prefers the outcome to the draft, and leaves out an unknown kind', () => {
    const details = toTaskDetails(
      task({
        status: 'completed',
        formKey: 'tilgangssoknad:behandle',
        variables: { applicantKind: 'someone' },
        draft: { approved: true },
        outcome: { approved: false },
      }),
    );
    expect(details.application?.applicantKind).toBeNull();
    expect(details.accessDecision).toEqual({ approved: false });
  });

  it('reads no application on the tasks of other forms', () => {
    const details = toTaskDetails(
      task({
        formKey: 'halvarsrapport:kontroll',
        variables: { applicantName: 'Ola Søker' },
        outcome: { approved: true },
      }),
    );
    expect(details.application).toBeNull();
    expect(details.accessDecision).toBeNull();
    expect(details.outcome?.approved).toBe(true);
  });
});
