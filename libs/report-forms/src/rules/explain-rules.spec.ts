import { findPoint } from '../model/form-points';
import type { FormDefinition, FormPoint } from '../model/form-definition';
import { HALVARSRAPPORT_V1 } from '../versions/halvarsrapport-v1';
import { HALVARSRAPPORT_V2 } from '../versions/halvarsrapport-v2';
import { explainRules } from './explain-rules';

function explain(definition: FormDefinition, id: string): string {
  const point = findPoint(definition, id) as FormPoint;
  return explainRules(point).replace(/\u00a0/g, ' ');
}

describe('explainRules', () => {
  it('should explain a required sub-point of a count', () => {
    expect(explain(HALVARSRAPPORT_V1, 'A3.1')).toBe(
      'Helt tall, 0 eller større. Kan ikke være større enn A3. Må fylles ut før innsending.',
    );
  });

  it('should explain the other kinds', () => {
    expect(explain(HALVARSRAPPORT_V1, 'S1')).toBe(
      'Tall med høyst én desimal, 0 eller større, for eksempel 2,5. Må fylles ut før innsending.',
    );
    expect(explain(HALVARSRAPPORT_V1, 'F5')).toBe('Svar ja eller nei.');
    expect(explain(HALVARSRAPPORT_V1, 'K1')).toBe('Tekst på høyst 4 000 tegn.');
  });

  it('should say that a withdrawn point is not to be filled', () => {
    expect(explain(HALVARSRAPPORT_V2, 'S1')).toBe(
      'Punktet er tatt ut av skjemaet og skal ikke fylles ut.',
    );
  });
});
