import {
  daysBetween,
  parseReminderDays,
  reminderDue,
  reminderKey,
} from './deadline-reminders';

const period = {
  opensOn: '2023-07-03',
  kommuneDeadline: '2023-08-18',
  reminderLeadDays: 7,
};

describe('parseReminderDays', () => {
  it('reads a comma-separated list, largest first, without repeats', () => {
    expect(parseReminderDays('1, 7,7')).toEqual([7, 1]);
    expect(parseReminderDays('0')).toEqual([0]);
  });

  it.each(['', '7,', 'x', '-1', '61', '1.5'])('refuses "%s"', (value) => {
    expect(() => parseReminderDays(value)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts calendar days across a change to summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2023-08-18', '2023-08-11')).toBe(-7);
  });
});

describe('reminderDue', () => {
  it('is due on a configured day before the deadline', () => {
    expect(reminderDue(period, '2023-08-11', [7, 1])).toBe(7);
    expect(reminderDue(period, '2023-08-17', [7, 1])).toBe(1);
  });

  it('catches up with a reminder day that passed while nothing ran', () => {
    expect(reminderDue(period, '2023-08-13', [7, 1])).toBe(7);
  });

  it("includes the period's own lead days", () => {
    expect(
      reminderDue({ ...period, reminderLeadDays: 14 }, '2023-08-04', [1]),
    ).toBe(14);
  });

  it('is not due before the period opens, nor after the deadline', () => {
    expect(reminderDue(period, '2023-07-02', [60])).toBeNull();
    expect(reminderDue(period, '2023-08-19', [7, 1])).toBeNull();
  });

  it('is not due further ahead than the first reminder', () => {
    expect(reminderDue(period, '2023-08-01', [7, 1])).toBeNull();
  });

  it('skips a reminder day from before the period opened', () => {
    const short = { ...period, opensOn: '2023-08-14' };
    expect(reminderDue(short, '2023-08-14', [7, 1])).toBeNull();
    expect(reminderDue(short, '2023-08-17', [7, 1])).toBe(1);
  });
});

it('makes a key without colons, as BullMQ job ids must be', () => {
  expect(reminderKey(3, '460101', 7)).toBe('deadline-reminder-3-460101-7');
});
