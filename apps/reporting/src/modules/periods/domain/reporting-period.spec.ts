import { periodEnd, periodName, periodStart } from './reporting-period';

describe('a half-year period', () => {
  it('is named as the letters name it', () => {
    expect(periodName(2023, 1)).toBe('1. halvår 2023');
    expect(periodName(2016, 2)).toBe('2. halvår 2016');
  });

  it('covers 1 January to 30 June, or 1 July to 31 December', () => {
    expect([periodStart(2023, 1), periodEnd(2023, 1)]).toEqual([
      '2023-01-01',
      '2023-06-30',
    ]);
    expect([periodStart(2016, 2), periodEnd(2016, 2)]).toEqual([
      '2016-07-01',
      '2016-12-31',
    ]);
  });
});
