import { correctionDueAt } from './correction-due';

describe('correctionDueAt', () => {
  it("is the end of the Statsforvalter's deadline day when that is more than a week away", () => {
    expect(
      correctionDueAt('2023-08-25', new Date('2023-08-10T12:00:00Z')),
    ).toBe('2023-08-25T21:59:59.999Z');
  });

  it('is a week after the return when the deadline is nearer, or passed', () => {
    expect(
      correctionDueAt('2023-08-25', new Date('2023-08-24T12:00:00Z')),
    ).toBe('2023-08-31T21:59:59.999Z');
    // 22:30 UTC on 31 December is 23:30 in Oslo: the week counts from the 31st
    expect(
      correctionDueAt('2027-02-08', new Date('2027-12-31T22:30:00Z')),
    ).toBe('2028-01-07T22:59:59.999Z');
  });
});
