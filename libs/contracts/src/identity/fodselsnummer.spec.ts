import { fodselsnummerProblem } from './fodselsnummer';

describe('fodselsnummerProblem', () => {
  it.each(['01818510159', '47906701517', '01829040170', '15838540063'])(
    'should accept the synthetic test number %s',
    (value) => {
      expect(fodselsnummerProblem(value)).toBeUndefined();
    },
  );

  it.each(['0181851015', '018185101590', '0181851015x', '018185 10159', ''])(
    'should refuse %p as not 11 digits',
    (value) => {
      expect(fodselsnummerProblem(value)).toBe('format');
    },
  );

  it.each(['01818510158', '01818510169', '12345678901'])(
    'should refuse %s on its control digits',
    (value) => {
      expect(fodselsnummerProblem(value)).toBe('checksum');
    },
  );

  it('should refuse every number whose first control digit would be 10', () => {
    // given: 0·3 + 0·7 + 0·6 + 1·1 + … = 1, so the first control digit would be 11 - 1 = 10
    const candidates = Array.from(
      { length: 100 },
      (_, i) => `000100000${String(i).padStart(2, '0')}`,
    );

    // then
    expect(candidates.filter((value) => !fodselsnummerProblem(value))).toEqual(
      [],
    );
  });
});
