import type { FormPoint } from '../model/form-definition';
import { isNumericKind } from '../model/form-points';
import { formatNumber } from './norwegian-format';
import { TEXT_MAX_LENGTH } from './problem';

const KIND_RULES: Record<FormPoint['kind'], string> = {
  count: 'Helt tall, 0 eller større.',
  decimal: 'Tall med høyst én desimal, 0 eller større, for eksempel 2,5.',
  yesNo: 'Svar ja eller nei.',
  text: `Tekst på høyst ${formatNumber(TEXT_MAX_LENGTH)} tegn.`,
};

/**
 * The Norwegian rule text shown under a field, matching what {@link validateReport} checks,
 * e.g. «Helt tall, 0 eller større. Kan ikke være større enn A3. Må fylles ut før innsending.»
 */
export function explainRules(point: FormPoint): string {
  if (point.withdrawn) {
    return 'Punktet er tatt ut av skjemaet og skal ikke fylles ut.';
  }
  const rules = [KIND_RULES[point.kind]];
  // The definition schema guarantees that a numeric point's parent has the same kind.
  if (point.parentId && isNumericKind(point.kind)) {
    rules.push(`Kan ikke være større enn ${point.parentId}.`);
  }
  if (point.required) {
    rules.push('Må fylles ut før innsending.');
  }
  return rules.join(' ');
}
