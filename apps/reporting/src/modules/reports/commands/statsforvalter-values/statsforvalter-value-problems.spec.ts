import { HALVARSRAPPORT_V1, HALVARSRAPPORT_V2 } from '@bvr/report-forms';
import { statsforvalterValueProblems } from './statsforvalter-value-problems';

describe('statsforvalterValueProblems', () => {
  const unit = { U1: 20, U2: 5 };

  it('accepts the Statsforvalter point within its parent as the unit submitted it', () => {
    expect(
      statsforvalterValueProblems(HALVARSRAPPORT_V2, unit, { U3: 5 }),
    ).toEqual([]);
  });

  it('accepts an empty answer (the point is optional until the report is approved)', () => {
    expect(
      statsforvalterValueProblems(HALVARSRAPPORT_V1, unit, { U3: null }),
    ).toEqual([]);
  });

  it('refuses a value above the parent the unit submitted', () => {
    expect(
      statsforvalterValueProblems(HALVARSRAPPORT_V2, unit, { U3: 6 }),
    ).toEqual([
      expect.objectContaining({ pointId: 'U3', code: 'EXCEEDS_PARENT' }),
    ]);
  });

  it('refuses malformed values with the form rules', () => {
    expect(
      statsforvalterValueProblems(HALVARSRAPPORT_V2, unit, { U3: 1.5 }),
    ).toEqual([
      expect.objectContaining({ pointId: 'U3', code: 'NOT_A_WHOLE_NUMBER' }),
    ]);
  });

  it("refuses the unit's points and unknown points", () => {
    expect(
      statsforvalterValueProblems(HALVARSRAPPORT_V2, unit, { U2: 1, X9: 1 }),
    ).toEqual([
      expect.objectContaining({
        pointId: 'U2',
        code: 'NOT_FILLED_BY_STATSFORVALTER',
      }),
      expect.objectContaining({
        pointId: 'X9',
        code: 'NOT_FILLED_BY_STATSFORVALTER',
      }),
    ]);
  });

  it("does not report the unit's own problems to the Statsforvalter", () => {
    expect(
      statsforvalterValueProblems(HALVARSRAPPORT_V2, { U1: -1 }, { U3: 0 }),
    ).toEqual([]);
  });
});
