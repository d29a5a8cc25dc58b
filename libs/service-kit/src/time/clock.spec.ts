import { FixedClock, SystemClock } from './clock';

describe('SystemClock', () => {
  it('tells the current time', () => {
    // given
    const clock = new SystemClock();
    const before = Date.now();

    // when
    const now = clock.now().getTime();

    // then
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('FixedClock', () => {
  const start = new Date('2026-04-01T12:00:00Z');

  it('stands still until it is moved', () => {
    // given
    const clock = new FixedClock(start);

    // when
    const first = clock.now();
    const second = clock.now();

    // then
    expect(first).toEqual(start);
    expect(second).toEqual(start);
  });

  it('moves forward by the given milliseconds', () => {
    // given
    const clock = new FixedClock(start);

    // when
    clock.advance(90 * 60 * 1000);

    // then
    expect(clock.now()).toEqual(new Date('2026-04-01T13:30:00Z'));
  });

  it('jumps to the date it is set to', () => {
    // given
    const clock = new FixedClock(start);

    // when
    clock.set(new Date('2027-01-01T00:00:00Z'));

    // then
    expect(clock.now()).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('is not moved by a caller that mutates the date it was given or returned', () => {
    // given
    const given = new Date(start);
    const clock = new FixedClock(given);

    // when
    given.setUTCFullYear(2030);
    clock.now().setUTCFullYear(2031);

    // then
    expect(clock.now()).toEqual(start);
  });
});
