import {
  InvalidTimeExpressionError,
  parseTimer,
  resolveDueDate,
  type TimerKind,
} from './time-expression';

// Times are written with Oslo's offset: +01:00 in winter, +02:00 in summer.
const at = (iso: string) => new Date(iso);
const wednesday = at('2026-01-14T10:00:00+01:00');

function errorFrom(resolve: () => unknown): InvalidTimeExpressionError {
  try {
    resolve();
  } catch (error) {
    if (error instanceof InvalidTimeExpressionError) return error;
    throw error;
  }
  throw new Error('expected an InvalidTimeExpressionError, nothing was thrown');
}

describe('resolveDueDate', () => {
  describe('with an ISO 8601 duration', () => {
    it.each([
      ['P5D', '2026-01-19T10:00:00+01:00'],
      ['PT2H', '2026-01-14T12:00:00+01:00'],
      ['P1DT12H', '2026-01-15T22:00:00+01:00'],
      ['P2W', '2026-01-28T10:00:00+01:00'],
      ['PT0S', '2026-01-14T10:00:00+01:00'],
      ['PT90M', '2026-01-14T11:30:00+01:00'],
      ['PT1.5H', '2026-01-14T11:30:00+01:00'],
      ['P1M', '2026-02-14T10:00:00+01:00'],
      ['P1Y', '2027-01-14T10:00:00+01:00'],
      ['  P5D  ', '2026-01-19T10:00:00+01:00'],
    ])('resolves %p from Wednesday 10:00', (expression, expected) => {
      // given a task created on Wednesday at 10:00
      // when its due date is the duration
      const due = resolveDueDate(expression, wednesday);

      // then it is that long after
      expect(due).toEqual(at(expected));
    });

    it('counts P1D on the Oslo calendar but PT24H as elapsed time across the switch to summer time', () => {
      // given Saturday noon before the clocks go forward
      const saturday = at('2026-03-28T12:00:00+01:00');

      // when one day and 24 hours are added
      const oneDay = resolveDueDate('P1D', saturday);
      const twentyFourHours = resolveDueDate('PT24H', saturday);

      // then one day keeps noon, 24 hours lands an hour later on the wall clock
      expect(oneDay).toEqual(at('2026-03-29T12:00:00+02:00'));
      expect(twentyFourHours).toEqual(at('2026-03-29T13:00:00+02:00'));
    });
  });

  describe('with Norwegian working days', () => {
    it.each([
      ['2 virkedager', wednesday, '2026-01-16T10:00:00+01:00'],
      ['1 virkedag', wednesday, '2026-01-15T10:00:00+01:00'],
      ['  2 VIRKEDAGER ', wednesday, '2026-01-16T10:00:00+01:00'],
      [
        '2 Virkedager',
        at('2026-01-09T14:00:00+01:00'),
        '2026-01-13T14:00:00+01:00',
      ],
      [
        '1 virkedag',
        at('2026-04-01T14:00:00+02:00'),
        '2026-04-07T14:00:00+02:00',
      ],
      [
        '0 virkedager',
        at('2026-01-10T10:00:00+01:00'),
        '2026-01-12T10:00:00+01:00',
      ],
    ])('resolves %p from %s', (expression, from, expected) => {
      // given a task created at `from`
      // when its due date is a number of working days
      const due = resolveDueDate(expression, from);

      // then weekends and holidays are skipped
      expect(due).toEqual(at(expected));
    });
  });

  describe('with an ISO 8601 date-time', () => {
    it.each([
      ['2026-12-01T12:00:00Z', '2026-12-01T12:00:00Z'],
      ['2026-12-01T12:00:00+01:00', '2026-12-01T11:00:00Z'],
      ['2026-06-01T12:00:00-02:30', '2026-06-01T14:30:00Z'],
      ['2026-12-01T12:00:00.000Z', '2026-12-01T12:00:00Z'],
      ['2026-12-01T12:00:00.1234Z', '2026-12-01T12:00:00.123Z'],
      ['2026-12-01T12:00Z', '2026-12-01T12:00:00Z'],
      ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00Z'],
    ])('resolves %p to that instant', (expression, expected) => {
      // given a fixed due date
      // when it is resolved
      const due = resolveDueDate(expression, wednesday);

      // then it is that instant, whatever the start
      expect(due).toEqual(at(expected));
    });

    it('keeps a date-time that has already passed', () => {
      // given a due date before the task was created
      // when it is resolved
      const due = resolveDueDate('2026-01-01T00:00:00Z', wednesday);

      // then it is overdue from the start
      expect(due).toEqual(at('2026-01-01T00:00:00Z'));
    });
  });

  describe('with an invalid expression', () => {
    it.each([
      '',
      '   ',
      '2 dager',
      'P',
      'PT',
      'P1DT',
      'p5d',
      'P1.5D',
      '5D',
      'garbage',
      '-P1D',
      'P-1D',
      '-2 virkedager',
      '2,5 virkedager',
      '2virkedager',
      'to virkedager',
      'P99999999999Y',
      '99999 virkedager',
      '2026-12-01T12:00:00',
      '2026-12-01',
      '2026-02-30T12:00:00Z',
      '2026-12-01T24:00:00Z',
      '2026-12-01T12:60:00Z',
      '2026-12-01T12:00:00+24:00',
      'R3/PT10M',
    ])('rejects %p', (expression) => {
      // given an expression in none of the accepted forms
      // when it is resolved
      const error = errorFrom(() => resolveDueDate(expression, wednesday));

      // then the error names it and what would have been accepted
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe('WORKFLOW.INVALID_TIME_EXPRESSION');
      expect(error.name).toBe('InvalidTimeExpressionError');
      expect(error.expression).toBe(expression);
      expect(error.message).toContain(`"${expression}"`);
      expect(error.message).toContain('ISO 8601 duration');
      expect(error.message).toContain('virkedager');
      expect(error.message).toContain('ISO 8601 date-time');
    });

    it('rejects a value that is not a string', () => {
      // given a process variable that resolved to nothing
      const missing = undefined as unknown as string;

      // when it is resolved
      const error = errorFrom(() => resolveDueDate(missing, wednesday));

      // then it is an invalid expression, not a crash
      expect(error.message).toContain('"undefined"');
    });
  });

  it('rejects an invalid start date', () => {
    // given a start that is not a date
    const from = new Date('not a date');

    // when / then
    expect(() => resolveDueDate('P1D', from)).toThrow(RangeError);
  });
});

describe('parseTimer', () => {
  describe('timeDuration', () => {
    it('expires the duration after the start and does not repeat', () => {
      // given / when
      const schedule = parseTimer('timeDuration', 'PT2H', wednesday);

      // then
      expect(schedule).toStrictEqual({
        expireAt: at('2026-01-14T12:00:00+01:00'),
      });
    });

    it('accepts working days', () => {
      // given a timer on Friday afternoon
      const friday = at('2026-01-09T14:00:00+01:00');

      // when it runs for 2 working days
      const schedule = parseTimer('timeDuration', '2 virkedager', friday);

      // then it expires on Tuesday afternoon
      expect(schedule).toStrictEqual({
        expireAt: at('2026-01-13T14:00:00+01:00'),
      });
    });
  });

  describe('timeDate', () => {
    it('expires at the date-time and does not repeat', () => {
      // given / when
      const schedule = parseTimer(
        'timeDate',
        '2026-12-01T12:00:00+01:00',
        wednesday,
      );

      // then
      expect(schedule).toStrictEqual({
        expireAt: at('2026-12-01T11:00:00Z'),
      });
    });
  });

  describe('timeCycle', () => {
    it.each([
      ['R3/PT10M', '2026-01-14T10:10:00+01:00', 3],
      ['R1/PT1H', '2026-01-14T11:00:00+01:00', 1],
      ['R/P1D', '2026-01-15T10:00:00+01:00', -1],
      [' R/P1W ', '2026-01-21T10:00:00+01:00', -1],
    ])(
      '%p first expires one interval after the start, repeating %s times',
      (expression, expireAt, repeat) => {
        // given / when
        const schedule = parseTimer('timeCycle', expression, wednesday);

        // then -1 repeats forever
        expect(schedule).toStrictEqual({ expireAt: at(expireAt), repeat });
      },
    );
  });

  describe('with an expression of the wrong kind or form', () => {
    it.each<[TimerKind, string, string]>([
      ['timeDuration', '2026-12-01T12:00:00Z', 'ISO 8601 duration'],
      ['timeDuration', 'R3/PT10M', 'ISO 8601 duration'],
      ['timeDuration', '2 dager', 'ISO 8601 duration'],
      ['timeDate', 'PT2H', 'ISO 8601 date-time'],
      ['timeDate', '2 virkedager', 'ISO 8601 date-time'],
      ['timeDate', '2026-12-01T12:00:00', 'ISO 8601 date-time'],
      ['timeCycle', '', 'repeating interval'],
      ['timeCycle', 'PT10M', 'repeating interval'],
      ['timeCycle', 'R3', 'repeating interval'],
      ['timeCycle', 'R3/', 'repeating interval'],
      ['timeCycle', 'R0/PT10M', 'repeating interval'],
      ['timeCycle', 'R-1/PT10M', 'repeating interval'],
      ['timeCycle', 'R3/PT0S', 'repeating interval'],
      ['timeCycle', 'R/P0D', 'repeating interval'],
      ['timeCycle', 'R3/2 virkedager', 'repeating interval'],
      ['timeCycle', 'R99999999999999999999/PT10M', 'repeating interval'],
      ['timeCycle', 'R/P99999999999Y', 'repeating interval'],
    ])('%s rejects %p', (kind, expression, acceptedForm) => {
      // given an expression this kind of timer does not accept
      // when it is parsed
      const error = errorFrom(() => parseTimer(kind, expression, wednesday));

      // then the error names it and the form this kind accepts
      expect(error.code).toBe('WORKFLOW.INVALID_TIME_EXPRESSION');
      expect(error.message).toContain(`"${expression}"`);
      expect(error.message).toContain(acceptedForm);
    });

    it('lists only the date-time form for a timeDate', () => {
      // given / when
      const error = errorFrom(() => parseTimer('timeDate', 'PT2H', wednesday));

      // then
      expect(error.acceptedForms).toHaveLength(1);
      expect(error.message).not.toContain('virkedag');
    });
  });
});
