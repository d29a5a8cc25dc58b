import { todayInNorway } from './as-of-date';

describe('todayInNorway', () => {
  it('is already the next day in Oslo shortly before midnight UTC', () => {
    expect(todayInNorway(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('is the same day as UTC in the middle of the day', () => {
    expect(todayInNorway(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });
});
