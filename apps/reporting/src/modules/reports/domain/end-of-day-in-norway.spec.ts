import { endOfDayInNorway } from './end-of-day-in-norway';

describe('endOfDayInNorway', () => {
  it('ends a summer day at 23:59:59.999 CEST (UTC+2)', () => {
    expect(endOfDayInNorway('2026-08-25')).toBe('2026-08-25T21:59:59.999Z');
  });

  it('ends a winter day at 23:59:59.999 CET (UTC+1)', () => {
    expect(endOfDayInNorway('2017-02-08')).toBe('2017-02-08T22:59:59.999Z');
  });

  it('ends the last day of a month and of a year', () => {
    expect(endOfDayInNorway('2026-12-31')).toBe('2026-12-31T22:59:59.999Z');
  });

  it('uses the offset in force at the end of a day the clocks change', () => {
    // 29 March 2026: clocks go forward at 02:00, so the day ends in summer time.
    expect(endOfDayInNorway('2026-03-29')).toBe('2026-03-29T21:59:59.999Z');
    // 25 October 2026: clocks go back at 03:00, so the day ends in winter time.
    expect(endOfDayInNorway('2026-10-25')).toBe('2026-10-25T22:59:59.999Z');
  });
});
