import {
  InvalidNotificationError,
  reportReceivedNotification,
  reportReturnedNotification,
} from './report-notifications';

const SUBMITTER = '11111111-1111-4111-8111-111111111111';
const received = {
  reportId: '9b0c5a57-7a59-4b43-9d4d-0f1b7f3e8d11',
  periodId: 7,
  periodName: '1. halvår 2026',
  reportingUnitId: '4601',
  reportingUnitName: 'Bergen',
  responsibleOfficeId: 'sf-vestland',
  reportVersion: 1,
};
const returned = {
  reportId: received.reportId,
  periodId: 7,
  periodName: '1. halvår 2026',
  reportingUnitId: '4601',
  reportingUnitName: 'Bergen',
  submittedBy: SUBMITTER,
  returnMessage: 'Tallene for fosterhjem mangler.',
};

describe('notifications built from process variables', () => {
  it('tells the responsible office about a first submission', () => {
    expect(reportReceivedNotification(received)).toEqual({
      audience: { kind: 'office', officeId: 'sf-vestland' },
      template: 'report-received',
      params: {
        unitName: 'Bergen',
        periodName: '1. halvår 2026',
        resubmitted: 'nei',
        path: '/oppgaver',
      },
    });
  });

  it('marks a corrected report (version 2 or later) as resubmitted', () => {
    expect(
      reportReceivedNotification({ ...received, reportVersion: 3 }).params,
    ).toMatchObject({ resubmitted: 'ja' });
  });

  it('tells the submitter about a returned report, with the unit as fallback and a link to the report', () => {
    expect(reportReturnedNotification(returned)).toEqual({
      audience: { kind: 'user', userId: SUBMITTER, fallbackUnitId: '4601' },
      template: 'report-returned',
      params: {
        unitName: 'Bergen',
        periodName: '1. halvår 2026',
        message: 'Tallene for fosterhjem mangler.',
        path: '/rapportering/7/4601',
      },
    });
  });

  it('refuses missing or malformed variables, naming them', () => {
    expect(() =>
      reportReceivedNotification({
        ...received,
        responsibleOfficeId: undefined,
      }),
    ).toThrow(InvalidNotificationError);
    expect(() =>
      reportReturnedNotification({ ...returned, returnMessage: '' }),
    ).toThrow(/returnMessage/);
    expect(() =>
      reportReturnedNotification({ ...returned, periodId: '../admin' }),
    ).toThrow(/periodId/);
  });

  it('refuses a message longer than the e-mail template accepts', () => {
    expect(() =>
      reportReturnedNotification({
        ...returned,
        returnMessage: 'x'.repeat(4001),
      }),
    ).toThrow(/template report-returned: message/);
  });
});
