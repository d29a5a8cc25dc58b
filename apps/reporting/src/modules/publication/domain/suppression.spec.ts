import { identifiesChildren, seriesValue } from './suppression';

describe('suppression of small counts', () => {
  const sums = (numerator: number | null, denominator: number | null) => ({
    periodId: 7,
    numerator,
    denominator,
    reports: 1,
  });

  it.each([
    [3, 40],
    [38, 40],
    [0, 4],
    [4, 4],
  ])('hides %i of %i outside the scope', (numerator, denominator) => {
    expect(identifiesChildren(numerator, denominator)).toBe(true);
    expect(seriesValue(sums(numerator, denominator), true)).toEqual({
      periodId: 7,
      numerator: null,
      denominator: null,
      share: null,
      suppressed: true,
      reports: 1,
    });
  });

  it.each([
    [0, 0],
    [0, 40],
    [40, 40],
    [5, 10],
    [30, 35],
  ])('shows %i of %i', (numerator, denominator) => {
    expect(identifiesChildren(numerator, denominator)).toBe(false);
    expect(seriesValue(sums(numerator, denominator), true).suppressed).toBe(
      false,
    );
  });

  it('never hides inside the scope', () => {
    expect(seriesValue(sums(3, 40), false)).toMatchObject({
      numerator: 3,
      denominator: 40,
      share: 0.075,
      suppressed: false,
    });
  });

  it('has no share for a denominator of 0 or a missing figure', () => {
    expect(seriesValue(sums(0, 0), false).share).toBeNull();
    expect(seriesValue(sums(null, null), true)).toMatchObject({
      numerator: null,
      share: null,
      suppressed: false,
    });
  });
});
