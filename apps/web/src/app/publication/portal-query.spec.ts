import type { ParamMap } from '@angular/router';
import { INDICATORS, type PublicationUnit } from '@bvr/contracts';
import {
  comparedUnits,
  defaultUnit,
  portalParamsOf,
  portalQueryFrom,
} from './portal-query';
import {
  figuresUrl,
  seriesParams,
  seriesUrl,
  withQuery,
} from './publication-urls';

/** The route's query as Angular hands it over (its own `convertToParamMap` is ESM only). */
const convertToParamMap = (query: Record<string, string>): ParamMap => ({
  keys: Object.keys(query),
  has: (name) => Object.hasOwn(query, name),
  get: (name) => (Object.hasOwn(query, name) ? query[name] : null),
  getAll: (name) => (Object.hasOwn(query, name) ? [query[name]] : []),
});

const unit = (id: string, name: string, inScope: boolean): PublicationUnit => ({
  id,
  name,
  countyId: id.slice(0, 2),
  inScope,
});
const UNITS = [
  unit('0301', 'Oslo', false),
  unit('4602', 'Kinn', true),
  unit('460101', 'Arna', true),
  unit('4601', 'Bergen', true),
];

describe("the portal's URL query", () => {
  it('falls back to the defaults for anything it does not know', () => {
    expect(
      portalQueryFrom(
        convertToParamMap({ enhet: 'Bergen', nokkeltall: 'nope' }),
      ),
    ).toEqual({ unit: null, indicator: INDICATORS[0].id, compare: null });
  });

  it('reads the unit, the indicator and the compared units, without duplicates or junk', () => {
    expect(
      portalQueryFrom(
        convertToParamMap({
          enhet: '4601',
          nokkeltall: 'care-with-plan',
          sammenlign: '4601,4602,4601,x',
        }),
      ),
    ).toEqual({
      unit: '4601',
      indicator: 'care-with-plan',
      compare: ['4601', '4602'],
    });
  });

  it('keeps «none compared» apart from «nothing chosen yet»', () => {
    const none = portalQueryFrom(convertToParamMap({ sammenlign: '' }));
    expect(none.compare).toEqual([]);
    expect(comparedUnits(none, '4601')).toEqual([]);
    expect(comparedUnits({ ...none, compare: null }, '4601')).toEqual(['4601']);
  });

  it('leaves the defaults out of the URL', () => {
    expect(
      portalParamsOf({
        unit: null,
        indicator: INDICATORS[0].id,
        compare: null,
      }),
    ).toEqual({ enhet: null, nokkeltall: null, sammenlign: null });
    expect(
      portalParamsOf({
        unit: '4601',
        indicator: 'care-with-plan',
        compare: ['4601', '4602'],
      }),
    ).toEqual({
      enhet: '4601',
      nokkeltall: 'care-with-plan',
      sammenlign: '4601,4602',
    });
  });
});

describe('the unit shown first', () => {
  it("is the reader's own unit when the grant is for a unit", () => {
    expect(defaultUnit(UNITS, [{ type: 'unit', id: '4602' }])?.id).toBe('4602');
  });

  it("is the county's first unit by number for a county reader (its administrative centre)", () => {
    expect(defaultUnit(UNITS, [{ type: 'county', id: '46' }])?.id).toBe('4601');
  });

  it('is the first unit when none is in scope, and none when there are no units', () => {
    const outside = UNITS.map((u) => ({ ...u, inScope: false }));
    expect(defaultUnit(outside, [])?.id).toBe('0301');
    expect(defaultUnit([], [])).toBeNull();
  });
});

describe('the portal endpoints', () => {
  it('names the figures and series endpoints and their CSV', () => {
    expect(figuresUrl('4601')).toBe(
      '/api/reporting/publication/units/4601/figures',
    );
    expect(figuresUrl('4601', true)).toBe(
      '/api/reporting/publication/units/4601/figures.csv',
    );
    expect(
      withQuery(
        seriesUrl('care-with-plan', true),
        seriesParams(['4601', '4602'], ['county', 'country']),
      ),
    ).toBe(
      '/api/reporting/publication/indicators/care-with-plan/series.csv?units=4601%2C4602&compare=county%2Ccountry',
    );
    expect(seriesParams(['4601'], [])).toEqual({ units: '4601' });
  });
});
