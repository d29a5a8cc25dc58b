import { HALVARSRAPPORT_V1 } from '../versions/halvarsrapport-v1';
import { HALVARSRAPPORT_V2 } from '../versions/halvarsrapport-v2';
import { aReport } from '../testing/report-values.factory';
import type { ReportValue } from '../model/form-definition';
import { pointsFilledBy } from '../model/form-points';
import { validateReport } from './validate-report';

const UNIT = { filledBy: 'unit' } as const;

describe('validateReport', () => {
  it('should accept a complete unit report for submission', () => {
    const values = aReport(HALVARSRAPPORT_V1, 'unit', {
      A1: 30,
      A2: 20,
      A3: 12,
      'A3.1': 12,
    });

    expect(validateReport(HALVARSRAPPORT_V1, values, UNIT)).toEqual([]);
  });

  it('should refuse A3.1 larger than A3, naming both and the value of A3', () => {
    // given
    const values = aReport(HALVARSRAPPORT_V1, 'unit', {
      A1: 30,
      A2: 20,
      A3: 12,
      'A3.1': 13,
    });

    // when
    const problems = validateReport(HALVARSRAPPORT_V1, values, UNIT);

    // then
    expect(problems).toEqual([
      {
        pointId: 'A3.1',
        code: 'EXCEEDS_PARENT',
        message: 'A3.1 kan ikke være større enn A3 (12).',
      },
    ]);
  });

  it('should compare a sub-point with its parent only when the parent holds a valid number', () => {
    const empty = validateReport(
      HALVARSRAPPORT_V1,
      { 'A3.1': 13 },
      { ...UNIT, mode: 'draft' },
    );
    const malformed = validateReport(
      HALVARSRAPPORT_V1,
      { A3: 1.5, 'A3.1': 13 },
      { ...UNIT, mode: 'draft' },
    );

    expect(empty).toEqual([]);
    expect(malformed.map((p) => [p.pointId, p.code])).toEqual([
      ['A3', 'NOT_A_WHOLE_NUMBER'],
    ]);
  });

  it('should check the Statsforvalter’s point against the unit’s count', () => {
    const values = {
      ...aReport(HALVARSRAPPORT_V1, 'unit', { U1: 40, U2: 5 }),
      U3: 6,
    };

    const problems = validateReport(HALVARSRAPPORT_V1, values, {
      filledBy: 'statsforvalter',
    });

    expect(problems).toEqual([
      {
        pointId: 'U3',
        code: 'EXCEEDS_PARENT',
        message: 'U3 kan ikke være større enn U2 (5).',
      },
    ]);
  });

  describe('draft and submit', () => {
    it('should allow empty points in a draft', () => {
      expect(
        validateReport(HALVARSRAPPORT_V1, {}, { ...UNIT, mode: 'draft' }),
      ).toEqual([]);
    });

    it('should demand every required point of the submitter, and only those', () => {
      const problems = validateReport(
        HALVARSRAPPORT_V1,
        { F5: null, K1: '  ' },
        UNIT,
      );

      const required = pointsFilledBy(HALVARSRAPPORT_V1, 'unit').filter(
        (p) => p.required,
      );
      expect(problems.map((p) => p.pointId)).toEqual(required.map((p) => p.id));
      expect(problems.every((p) => p.code === 'REQUIRED')).toBe(true);
      expect(problems.map((p) => p.pointId)).not.toContain('U3');
      expect(problems[0].message).toBe(
        'Fyll ut M1. Skriv 0 hvis det ikke er noen.',
      );
    });

    it('should treat submit as the default mode', () => {
      expect(validateReport(HALVARSRAPPORT_V1, {}, UNIT)).not.toEqual([]);
    });

    it('should demand the Statsforvalter’s point in 2016 but not in 2023', () => {
      const sf = { filledBy: 'statsforvalter' } as const;

      expect(
        validateReport(
          HALVARSRAPPORT_V1,
          aReport(HALVARSRAPPORT_V1, 'unit'),
          sf,
        ),
      ).toEqual([
        {
          pointId: 'U3',
          code: 'REQUIRED',
          message: 'Fyll ut U3. Skriv 0 hvis det ikke er noen.',
        },
      ]);
      expect(
        validateReport(
          HALVARSRAPPORT_V2,
          aReport(HALVARSRAPPORT_V2, 'unit'),
          sf,
        ),
      ).toEqual([]);
    });

    it.each<[ReportValue, string, string]>([
      [1.5, 'NOT_A_WHOLE_NUMBER', 'M1: Oppgi et helt tall, 0 eller større.'],
      ['12', 'NOT_A_WHOLE_NUMBER', 'M1: Oppgi et helt tall, 0 eller større.'],
      [
        Number.NaN,
        'NOT_A_WHOLE_NUMBER',
        'M1: Oppgi et helt tall, 0 eller større.',
      ],
      [true, 'NOT_A_WHOLE_NUMBER', 'M1: Oppgi et helt tall, 0 eller større.'],
      [
        -1,
        'NEGATIVE',
        'M1: Tallet kan ikke være negativt. Oppgi 0 eller større.',
      ],
      [
        1_000_001,
        'TOO_LARGE',
        'M1: Tallet kan ikke være større enn 1 000 000. Sjekk at det er skrevet riktig.',
      ],
    ])(
      'should refuse %p for a count even in a draft',
      (value, code, message) => {
        const problems = validateReport(
          HALVARSRAPPORT_V1,
          { M1: value },
          { ...UNIT, mode: 'draft' },
        );

        // Intl uses a no-break space between thousands.
        expect(
          problems.map((p) => ({
            ...p,
            message: p.message.replace(/\u00a0/g, ' '),
          })),
        ).toEqual([{ pointId: 'M1', code, message }]);
      },
    );

    it('should accept the bounds of a count', () => {
      const draft = { ...UNIT, mode: 'draft' } as const;
      expect(
        validateReport(HALVARSRAPPORT_V1, { M1: 0, U1: 1_000_000 }, draft),
      ).toEqual([]);
    });
  });

  describe('withdrawn and unknown points', () => {
    it('should refuse a value for a point withdrawn in the version, but not in the version before', () => {
      const draft = { ...UNIT, mode: 'draft' } as const;

      expect(validateReport(HALVARSRAPPORT_V1, { S1: 2.5 }, draft)).toEqual([]);
      expect(validateReport(HALVARSRAPPORT_V2, { S1: 2.5 }, draft)).toEqual([
        {
          pointId: 'S1',
          code: 'WITHDRAWN_POINT',
          message:
            'S1 er tatt ut av skjemaet i versjon 2 og skal ikke fylles ut. Fjern verdien.',
        },
      ]);
    });

    it('should neither demand nor refuse an empty withdrawn point', () => {
      const values = aReport(HALVARSRAPPORT_V2, 'unit', { S1: null });

      expect(validateReport(HALVARSRAPPORT_V2, values, UNIT)).toEqual([]);
    });

    it('should refuse a value for a point the version does not know', () => {
      expect(
        validateReport(
          HALVARSRAPPORT_V2,
          { X9: 3 },
          { ...UNIT, mode: 'draft' },
        ),
      ).toEqual([
        {
          pointId: 'X9',
          code: 'UNKNOWN_POINT',
          message:
            'Punktet X9 finnes ikke i versjon 2 av skjemaet. Last inn skjemaet på nytt.',
        },
      ]);
    });
  });

  describe('other kinds', () => {
    const draft = { ...UNIT, mode: 'draft' } as const;
    const codes = (values: Record<string, ReportValue>) =>
      validateReport(HALVARSRAPPORT_V1, values, draft).map((p) => p.code);

    it('should take full-time equivalents with at most one decimal', () => {
      expect(codes({ S1: 2.5, S2: 0.3, S3: 0 })).toEqual([]);
      expect(codes({ S1: 2.55 })).toEqual(['TOO_MANY_DECIMALS']);
      expect(codes({ S1: 'to' })).toEqual(['NOT_A_NUMBER']);
      expect(codes({ S1: -0.5 })).toEqual(['NEGATIVE']);
    });

    it('should take yes or no as a boolean', () => {
      expect(codes({ F5: false })).toEqual([]);
      expect(codes({ F5: 'ja' })).toEqual(['WRONG_TYPE']);
    });

    it('should take text up to 4000 characters, counting an emoji as one', () => {
      expect(codes({ K1: 'x'.repeat(4000) })).toEqual([]);
      expect(codes({ K1: '🙂'.repeat(4000) })).toEqual([]);
      expect(codes({ K1: 'x'.repeat(4001) })).toEqual(['TOO_LONG']);
      expect(codes({ K1: 12 })).toEqual(['WRONG_TYPE']);
    });
  });
});
