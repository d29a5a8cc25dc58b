import { periodProblems } from './period-rules';

// 1. halvår 2023 as Bufdir's letter of 23.06.2023 set it.
const letter2023 = {
  year: 2023,
  half: 1 as const,
  opensOn: '2023-07-03',
  kommuneDeadline: '2023-08-18',
  statsforvalterDeadline: '2023-08-25',
};

describe('periodProblems', () => {
  it('accepts the dates of the 2023 letter', () => {
    expect(periodProblems(letter2023)).toEqual([]);
  });

  it('accepts opening on the kommune deadline itself', () => {
    expect(periodProblems({ ...letter2023, opensOn: '2023-08-18' })).toEqual(
      [],
    );
  });

  it('refuses a Statsforvalter deadline on or before the kommune deadline', () => {
    for (const statsforvalterDeadline of ['2023-08-18', '2023-08-17'])
      expect(periodProblems({ ...letter2023, statsforvalterDeadline })).toEqual(
        [
          {
            field: 'statsforvalterDeadline',
            message: 'must be after the kommune deadline (2023-08-18)',
          },
        ],
      );
  });

  it('refuses opening after the kommune deadline', () => {
    expect(periodProblems({ ...letter2023, opensOn: '2023-08-19' })).toEqual([
      {
        field: 'opensOn',
        message: 'must be on or before the kommune deadline (2023-08-18)',
      },
    ]);
  });

  it('refuses opening on or before the first day of the period, in either half', () => {
    expect(periodProblems({ ...letter2023, opensOn: '2023-01-01' })).toEqual([
      {
        field: 'opensOn',
        message: 'must be after 1. halvår 2023 starts (2023-01-01)',
      },
    ]);
    expect(
      periodProblems({
        year: 2016,
        half: 2,
        opensOn: '2016-06-30',
        kommuneDeadline: '2017-01-20',
        statsforvalterDeadline: '2017-02-08',
      }),
    ).toEqual([
      {
        field: 'opensOn',
        message: 'must be after 2. halvår 2016 starts (2016-07-01)',
      },
    ]);
  });
});
