const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Why a typed fødselsnummer is refused, or `undefined` when it is fine. */
export type FodselsnummerProblem = 'format' | 'checksum';

/**
 * Checks the form (11 digits) and the two mod-11 control digits of a fødselsnummer or D-nummer.
 * Synthetic test numbers (month + 80, as ID-porten's test persons) pass: only the control digits are checked.
 */
export function fodselsnummerProblem(
  value: string,
): FodselsnummerProblem | undefined {
  if (!/^\d{11}$/.test(value)) return 'format';
  const digits = [...value].map(Number);
  const control = (weights: number[]) => {
    const rest =
      weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11;
    return rest === 0 ? 0 : 11 - rest;
  };
  const first = control(FIRST_WEIGHTS);
  const second = control(SECOND_WEIGHTS);
  return first === digits[9] && second === digits[10] ? undefined : 'checksum';
}
