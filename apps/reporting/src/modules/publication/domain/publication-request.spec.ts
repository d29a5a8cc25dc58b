import { MAX_COMPARED_UNITS } from '@bvr/contracts';
import { parseSeriesRequest, parseUnitId } from './publication-request';

describe('the series request', () => {
  const indicator = 'investigations-within-deadline';

  it('reads units and comparisons from comma-separated values', () => {
    const request = parseSeriesRequest(indicator, {
      units: '4601, 1103,4601',
      compare: 'country,county',
    });
    expect(request.indicator.id).toBe(indicator);
    expect(request.unitIds).toEqual(['4601', '1103']);
    expect(request.compare).toEqual(['country', 'county']);
  });

  it('refuses an unknown indicator, naming the known ones', () => {
    expect(() => parseSeriesRequest('nope', { units: '4601' })).toThrow(
      /Ukjent nøkkeltall «nope».*plans-evaluated/,
    );
  });

  it('refuses no unit, too many units and malformed ones', () => {
    expect(() => parseSeriesRequest(indicator, {})).toThrow(/minst én enhet/);
    const many = Array.from(
      { length: MAX_COMPARED_UNITS + 1 },
      (_, i) => `${4601 + i}`,
    ).join(',');
    expect(() => parseSeriesRequest(indicator, { units: many })).toThrow(
      /høyst 10 enheter/,
    );
    expect(() => parseSeriesRequest(indicator, { units: '46' })).toThrow(
      /Ugyldig enhetsnummer «46»/,
    );
  });

  it('refuses an unknown comparison', () => {
    expect(() =>
      parseSeriesRequest(indicator, { units: '4601', compare: 'world' }),
    ).toThrow(/Ukjent sammenligning «world»/);
  });

  it('takes 4 and 6 digit unit numbers only', () => {
    expect(parseUnitId('030101')).toBe('030101');
    expect(() => parseUnitId('46011')).toThrow(/Ugyldig enhetsnummer/);
  });
});
