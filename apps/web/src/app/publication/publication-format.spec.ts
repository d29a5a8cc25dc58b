import type { SeriesValue } from '@bvr/contracts';
import {
  formatCounts,
  formatFigure,
  formatNumber,
  formatPercent,
  formatShare,
  suppressionNote,
} from './publication-format';

/** Intl's Norwegian format separates thousands and the % sign with a no-break space. */
const NBSP = '\u00a0';

const value = (fields: Partial<SeriesValue> = {}): SeriesValue => ({
  periodId: 1,
  numerator: 42,
  denominator: 50,
  share: 0.84,
  suppressed: false,
  reports: 1,
  ...fields,
});

describe('Norwegian number formats', () => {
  it('writes a share as a percentage with one decimal and a decimal comma', () => {
    expect(formatPercent(0.8421)).toBe(`84,2${NBSP}%`);
    expect(formatPercent(1)).toBe(`100,0${NBSP}%`);
    expect(formatPercent(0)).toBe(`0,0${NBSP}%`);
  });

  it('groups thousands with a space and writes decimals with a comma', () => {
    expect(formatNumber(12345)).toBe(`12${NBSP}345`);
    expect(formatNumber(12.5)).toBe('12,5');
  });

  it('writes a reported figure as a number, Ja/Nei, or a dash when there is none', () => {
    expect(formatFigure(1234)).toBe(`1${NBSP}234`);
    expect(formatFigure(true)).toBe('Ja');
    expect(formatFigure(false)).toBe('Nei');
    expect(formatFigure(null)).toBe('–');
    expect(formatFigure(undefined)).toBe('–');
  });
});

describe('a share in an indicator table', () => {
  it('shows the share and the counts behind it', () => {
    expect(formatShare(value())).toBe(`84,0${NBSP}%`);
    expect(formatCounts(value())).toBe('42 av 50');
  });

  it('shows a suppressed share as «Skjult», without counts', () => {
    const hidden = value({
      suppressed: true,
      share: null,
      numerator: null,
      denominator: null,
    });
    expect(formatShare(hidden)).toBe('Skjult');
    expect(formatCounts(hidden)).toBe('');
  });

  it('shows a dash where there is no report or nothing to divide by', () => {
    expect(formatShare(undefined)).toBe('–');
    expect(
      formatShare(value({ share: null, numerator: 0, denominator: 0 })),
    ).toBe('–');
    expect(formatCounts(value({ numerator: null, denominator: null }))).toBe(
      '',
    );
  });

  it('explains «Skjult» with the threshold the service applied', () => {
    const note = suppressionNote(5);
    expect(note).toContain('«Skjult»');
    expect(note).toContain('mellom 1 og 4');
  });
});
