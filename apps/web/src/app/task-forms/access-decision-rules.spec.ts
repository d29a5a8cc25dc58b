import {
  accessDecisionErrors,
  accessDecisionOutcome,
  approvedLabel,
  APPROVED_FIELD,
} from './access-decision-rules';

describe('«Godkjenne rapporttilgang»', () => {
  it('asks for Ja or Nei before «Fortsett arbeidsflyt»', () => {
    expect(accessDecisionErrors({ approved: null })).toEqual([
      {
        fieldId: APPROVED_FIELD,
        message: 'Velg Ja eller Nei under Godkjenner.',
      },
    ]);
    expect(accessDecisionErrors({ approved: false })).toEqual([]);
  });

  it('completes the task with the decision only', () => {
    expect(accessDecisionOutcome({ approved: true })).toEqual({
      approved: true,
    });
    expect(accessDecisionOutcome({ approved: false })).toEqual({
      approved: false,
    });
    expect(() => accessDecisionOutcome({ approved: null })).toThrow();
  });

  it('shows the decision of a solved task as Ja or Nei', () => {
    expect(approvedLabel(true)).toBe('Ja');
    expect(approvedLabel(false)).toBe('Nei');
    expect(approvedLabel(null)).toBe('Ikke registrert');
  });
});
