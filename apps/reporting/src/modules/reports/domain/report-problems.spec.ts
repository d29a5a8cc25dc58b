import { HALVARSRAPPORT_V2 } from '@bvr/report-forms';
import { unitReportProblems } from './report-problems';

describe('unitReportProblems', () => {
  it('accepts an empty draft', () => {
    expect(unitReportProblems(HALVARSRAPPORT_V2, {}, 'draft')).toEqual([]);
  });

  it("refuses a unit's answer to a point the Statsforvalter fills, in both modes", () => {
    for (const mode of ['draft', 'submit'] as const)
      expect(
        unitReportProblems(HALVARSRAPPORT_V2, { U3: 1 }, mode),
      ).toContainEqual({
        pointId: 'U3',
        code: 'FILLED_BY_STATSFORVALTER',
        message:
          'U3 fylles ut av statsforvalteren under kontrollen, ikke av kommunen. Fjern verdien.',
      });
  });

  it("leaves a blank answer to the Statsforvalter's point alone", () => {
    expect(
      unitReportProblems(HALVARSRAPPORT_V2, { U3: null }, 'draft'),
    ).toEqual([]);
  });

  it('demands the required unit points on submit, not in a draft', () => {
    expect(unitReportProblems(HALVARSRAPPORT_V2, {}, 'draft')).toEqual([]);
    expect(
      unitReportProblems(HALVARSRAPPORT_V2, {}, 'submit').map((p) => p.code),
    ).toContain('REQUIRED');
  });
});
