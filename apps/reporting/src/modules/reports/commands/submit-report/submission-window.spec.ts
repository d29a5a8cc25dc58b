import { submissionRefusal } from './submission-window';

const period = {
  name: '1. halvår 2023',
  opensOn: '2023-07-03',
  kommuneDeadline: '2023-08-18',
  statsforvalterDeadline: '2023-08-25',
};

describe('submissionRefusal', () => {
  it('refuses before the opening day in Norway', () => {
    // 23:30 UTC on 2 July is 01:30 on 3 July in Oslo: open
    expect(
      submissionRefusal(period, new Date('2023-07-02T21:59:00Z'))?.details,
    ).toEqual({ opensOn: '2023-07-03' });
    expect(
      submissionRefusal(period, new Date('2023-07-02T23:30:00Z')),
    ).toBeNull();
  });

  it('accepts a late report after the kommune deadline', () => {
    expect(
      submissionRefusal(period, new Date('2023-08-21T08:00:00Z')),
    ).toBeNull();
  });

  it('accepts a report after every deadline, as late', () => {
    expect(
      submissionRefusal(period, new Date('2023-08-25T22:00:00Z')),
    ).toBeNull();
    expect(
      submissionRefusal(period, new Date('2024-03-01T08:00:00Z')),
    ).toBeNull();
  });
});
