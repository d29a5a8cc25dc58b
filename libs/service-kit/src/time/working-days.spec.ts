import {
  addOsloCalendar,
  addWorkingDays,
  MAX_WORKING_DAYS,
  publicHolidays,
} from './working-days';

// Times are written with Oslo's offset: +01:00 in winter, +02:00 in summer.
const at = (iso: string) => new Date(iso);

describe('addWorkingDays', () => {
  describe('over a weekend', () => {
    it.each([
      [
        'Friday 14:00 + 2 is Tuesday 14:00',
        '2026-01-09T14:00:00+01:00',
        2,
        '2026-01-13T14:00:00+01:00',
      ],
      [
        'Monday + 1 is Tuesday',
        '2026-01-12T09:00:00+01:00',
        1,
        '2026-01-13T09:00:00+01:00',
      ],
      [
        'Friday + 1 is Monday',
        '2026-01-09T14:00:00+01:00',
        1,
        '2026-01-12T14:00:00+01:00',
      ],
      [
        'Monday + 5 is the next Monday',
        '2026-01-12T09:00:00+01:00',
        5,
        '2026-01-19T09:00:00+01:00',
      ],
    ])('%s', (_, from, days, expected) => {
      // given an event at `from`
      // when the deadline is `days` working days later
      const deadline = addWorkingDays(at(from), days);

      // then it is at the same wall-clock time on the expected day
      expect(deadline).toEqual(at(expected));
    });
  });

  describe('from a non-working day', () => {
    it.each([
      [
        'Saturday + 1 is Monday',
        '2026-01-10T10:00:00+01:00',
        1,
        '2026-01-12T10:00:00+01:00',
      ],
      [
        'Sunday + 1 is Monday',
        '2026-01-11T10:00:00+01:00',
        1,
        '2026-01-12T10:00:00+01:00',
      ],
      [
        'Saturday + 2 is Tuesday',
        '2026-01-10T10:00:00+01:00',
        2,
        '2026-01-13T10:00:00+01:00',
      ],
      [
        'Good Friday + 1 is the Tuesday after Easter',
        '2026-04-03T10:00:00+02:00',
        1,
        '2026-04-07T10:00:00+02:00',
      ],
    ])(
      '%s: the first day counted is the first working day after it',
      (_, from, days, expected) => {
        // given an event on a day nobody works
        // when the deadline is counted in working days
        const deadline = addWorkingDays(at(from), days);

        // then counting starts the day after, and only working days count
        expect(deadline).toEqual(at(expected));
      },
    );

    it('moves 0 working days from a Saturday to Monday', () => {
      // given an event on a Saturday
      const saturday = at('2026-01-10T10:00:00+01:00');

      // when the deadline is 0 working days
      const deadline = addWorkingDays(saturday, 0);

      // then it moves to the next working day
      expect(deadline).toEqual(at('2026-01-12T10:00:00+01:00'));
    });

    it('keeps 0 working days from a working day where it is', () => {
      // given an event on a Wednesday
      const wednesday = at('2026-01-14T10:15:30.250+01:00');

      // when the deadline is 0 working days
      const deadline = addWorkingDays(wednesday, 0);

      // then it is the event itself
      expect(deadline).toEqual(wednesday);
    });
  });

  describe('in the Oslo time zone', () => {
    it('counts from the date in Oslo, not the date in UTC', () => {
      // given Friday 23:30 UTC, which is already Saturday 00:30 in Oslo
      const from = at('2026-01-09T23:30:00Z');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then it is Monday 00:30 in Oslo, not Monday 23:30 UTC
      expect(deadline).toEqual(at('2026-01-12T00:30:00+01:00'));
    });

    it('keeps the wall-clock time across the switch to summer time', () => {
      // given Wednesday 14:00 before the clocks go forward on Sunday 29 March 2026
      const from = at('2026-03-25T14:00:00+01:00');

      // when the deadline is 3 working days
      const deadline = addWorkingDays(from, 3);

      // then it is Monday 14:00 summer time
      expect(deadline).toEqual(at('2026-03-30T14:00:00+02:00'));
    });

    it('keeps the wall-clock time across the switch to winter time', () => {
      // given Friday 09:00 before the clocks go back on Sunday 25 October 2026
      const from = at('2026-10-23T09:00:00+02:00');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then it is Monday 09:00 winter time
      expect(deadline).toEqual(at('2026-10-26T09:00:00+01:00'));
    });
  });

  describe('over Easter', () => {
    it('skips Maundy Thursday, Good Friday and Easter Monday in 2026', () => {
      // given the Wednesday before Easter 2026
      const from = at('2026-04-01T14:00:00+02:00');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then it is the Tuesday after Easter
      expect(deadline).toEqual(at('2026-04-07T14:00:00+02:00'));
    });

    it('counts the Tuesday before Easter 2026 + 2 as the Tuesday after', () => {
      // given the Tuesday before Easter 2026
      const from = at('2026-03-31T08:00:00+02:00');

      // when the deadline is 2 working days
      const deadline = addWorkingDays(from, 2);

      // then Wednesday is day 1 and the Tuesday after Easter is day 2
      expect(deadline).toEqual(at('2026-04-07T08:00:00+02:00'));
    });

    it('skips Easter 2027, when the clocks also go forward on Easter Sunday', () => {
      // given the Wednesday before Easter 2027, still winter time
      const from = at('2027-03-24T14:00:00+01:00');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then it is the Tuesday after Easter at 14:00 summer time
      expect(deadline).toEqual(at('2027-03-30T14:00:00+02:00'));
    });
  });

  describe('over the spring holidays', () => {
    it.each([
      [
        '17 May on a Wednesday (2028)',
        '2028-05-16T12:00:00+02:00',
        '2028-05-18T12:00:00+02:00',
      ],
      [
        '17 May and Whit Monday on the same Monday (2027)',
        '2027-05-14T12:00:00+02:00',
        '2027-05-18T12:00:00+02:00',
      ],
      [
        '1 May on a Friday (2026)',
        '2026-04-30T12:00:00+02:00',
        '2026-05-04T12:00:00+02:00',
      ],
      [
        'Ascension Day (2026)',
        '2026-05-13T12:00:00+02:00',
        '2026-05-15T12:00:00+02:00',
      ],
      [
        'Whit Monday (2026)',
        '2026-05-22T12:00:00+02:00',
        '2026-05-26T12:00:00+02:00',
      ],
    ])('skips %s', (_, from, expected) => {
      // given the working day before the holiday
      // when the deadline is 1 working day
      const deadline = addWorkingDays(at(from), 1);

      // then it is the first working day after the holiday
      expect(deadline).toEqual(at(expected));
    });
  });

  describe('over Christmas and New Year', () => {
    it('counts Christmas Eve as a working day', () => {
      // given Wednesday 23 December 2026
      const from = at('2026-12-23T12:00:00+01:00');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then it is Christmas Eve
      expect(deadline).toEqual(at('2026-12-24T12:00:00+01:00'));
    });

    it('skips Christmas Day and Boxing Day', () => {
      // given Christmas Eve 2026, a Thursday
      const from = at('2026-12-24T12:00:00+01:00');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then Friday 25, Saturday 26 and Sunday 27 are skipped
      expect(deadline).toEqual(at('2026-12-28T12:00:00+01:00'));
    });

    it('gives no day off in lieu when Christmas falls on a weekend', () => {
      // given Christmas Eve 2027, a Friday
      const from = at('2027-12-24T12:00:00+01:00');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then it is Monday 27 December
      expect(deadline).toEqual(at('2027-12-27T12:00:00+01:00'));
    });

    it("skips New Year's Day into the next year", () => {
      // given New Year's Eve 2026, a Thursday
      const from = at('2026-12-31T12:00:00+01:00');

      // when the deadline is 1 working day
      const deadline = addWorkingDays(from, 1);

      // then Friday 1 January 2027 is skipped
      expect(deadline).toEqual(at('2027-01-04T12:00:00+01:00'));
    });
  });

  describe('with invalid input', () => {
    it.each([
      -1,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      MAX_WORKING_DAYS + 1,
    ])('rejects %p working days', (days) => {
      // given a valid start
      const from = at('2026-01-12T09:00:00+01:00');

      // when / then
      expect(() => addWorkingDays(from, days)).toThrow(RangeError);
    });

    it('rejects an invalid start date', () => {
      // given a Date that is not a date
      const from = new Date('not a date');

      // when / then
      expect(() => addWorkingDays(from, 1)).toThrow(RangeError);
    });
  });
});

describe('publicHolidays', () => {
  it('holds exactly the twelve Norwegian public holidays of 2026', () => {
    // given / when
    const holidays = publicHolidays(2026);

    // then
    expect([...holidays].sort()).toEqual([
      '2026-01-01', // 1. nyttårsdag
      '2026-04-02', // skjærtorsdag
      '2026-04-03', // langfredag
      '2026-04-05', // 1. påskedag
      '2026-04-06', // 2. påskedag
      '2026-05-01', // 1. mai
      '2026-05-14', // Kristi himmelfartsdag
      '2026-05-17', // 17. mai
      '2026-05-24', // 1. pinsedag
      '2026-05-25', // 2. pinsedag
      '2026-12-25', // 1. juledag
      '2026-12-26', // 2. juledag
    ]);
  });

  it('holds the public holidays of 2027, when 17 May is also Whit Monday', () => {
    // given / when
    const holidays = publicHolidays(2027);

    // then
    expect([...holidays].sort()).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('computes each year once', () => {
    // given a year already looked up
    const first = publicHolidays(2029);

    // when it is looked up again
    const second = publicHolidays(2029);

    // then the same set is returned
    expect(second).toBe(first);
  });
});

describe('addOsloCalendar', () => {
  it('keeps the wall-clock time when a day has only 23 hours', () => {
    // given Saturday noon before the clocks go forward
    const from = at('2026-03-28T12:00:00+01:00');

    // when one calendar day is added
    const next = addOsloCalendar(from, { days: 1 });

    // then it is Sunday noon summer time, 23 hours later
    expect(next).toEqual(at('2026-03-29T12:00:00+02:00'));
  });

  it('moves a wall-clock time that does not exist forward by the gap', () => {
    // given 02:30 the day before 02:00-03:00 is skipped
    const from = at('2026-03-28T02:30:00+01:00');

    // when one calendar day is added
    const next = addOsloCalendar(from, { days: 1 });

    // then it is 03:30 summer time
    expect(next).toEqual(at('2026-03-29T03:30:00+02:00'));
  });

  it('takes the first of a wall-clock time that happens twice', () => {
    // given 02:30 the day before 02:00-03:00 is repeated
    const from = at('2026-10-24T02:30:00+02:00');

    // when one calendar day is added
    const next = addOsloCalendar(from, { days: 1 });

    // then it is the first 02:30, still summer time
    expect(next).toEqual(at('2026-10-25T02:30:00+02:00'));
  });

  it.each([
    [
      '31 January + 1 month',
      '2026-01-31T12:00:00+01:00',
      { months: 1 },
      '2026-02-28T12:00:00+01:00',
    ],
    [
      '31 January + 1 month in a leap year',
      '2028-01-31T12:00:00+01:00',
      { months: 1 },
      '2028-02-29T12:00:00+01:00',
    ],
    [
      '29 February + 1 year',
      '2028-02-29T12:00:00+01:00',
      { years: 1 },
      '2029-02-28T12:00:00+01:00',
    ],
    [
      '15 November + 2 months',
      '2026-11-15T12:00:00+01:00',
      { months: 2 },
      '2027-01-15T12:00:00+01:00',
    ],
  ])(
    'moves by calendar months and years, clamping the day: %s',
    (_, from, period, expected) => {
      // given / when
      const moved = addOsloCalendar(at(from), period);

      // then
      expect(moved).toEqual(at(expected));
    },
  );

  it('rejects a period beyond the range of Date', () => {
    // given / when / then
    expect(() =>
      addOsloCalendar(at('2026-01-01T00:00:00Z'), { years: 1_000_000 }),
    ).toThrow(RangeError);
  });
});
