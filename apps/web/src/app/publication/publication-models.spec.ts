import {
  toIndicatorSeries,
  toPublicationUnits,
  toUnitFigures,
} from './publication-models';
import { bergenSeries } from './testing/series-factory';

describe("reading the reporting service's answers", () => {
  it('keeps the well-formed units and leaves out the rest', () => {
    expect(
      toPublicationUnits([
        { id: '4601', name: 'Bergen', countyId: '46', inScope: true },
        { id: '4602', name: 'Kinn', countyId: '46' },
        { name: 'no id' },
        'junk',
      ]),
    ).toEqual([
      { id: '4601', name: 'Bergen', countyId: '46', inScope: true },
      { id: '4602', name: 'Kinn', countyId: '46', inScope: false },
    ]);
    expect(() => toPublicationUnits('nope')).toThrow();
  });

  it('reads a series answer as it came, and refuses one without series', () => {
    const body = JSON.parse(JSON.stringify(bergenSeries())) as unknown;
    expect(toIndicatorSeries(body)).toEqual(bergenSeries());
    expect(() => toIndicatorSeries({ indicator: {} })).toThrow();
  });

  it("reads a unit's figures, with text answers left out as no figure", () => {
    const figures = toUnitFigures({
      unit: {
        id: '4601',
        name: 'Bergen',
        countyId: '46',
        countyName: 'Vestland',
      },
      points: [{ id: 'U1', label: 'Undersøkelser', parentId: null }, {}],
      periods: [
        {
          id: 1,
          year: 2025,
          half: 1,
          name: '1. halvår 2025',
          approvedAt: '2025-09-01T10:00:00Z',
          values: { U1: 12, X: 'text' },
        },
      ],
    });
    expect(figures.points).toEqual([
      { id: 'U1', label: 'Undersøkelser', parentId: null },
    ]);
    expect(figures.periods[0].values).toEqual({ U1: 12, X: null });
    expect(() => toUnitFigures({ points: [] })).toThrow();
  });
});
