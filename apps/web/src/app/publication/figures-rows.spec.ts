import type { UnitFiguresResponse } from '@bvr/contracts';
import { figuresColumns, figuresRows } from './figures-rows';

const NBSP = '\u00a0';

/** Bergen's figures in two periods; U2 is a sub-point of U1, and F9 was only in the newer form. */
function bergenFigures(): UnitFiguresResponse {
  return {
    unit: {
      id: '4601',
      name: 'Bergen',
      countyId: '46',
      countyName: 'Vestland',
    },
    points: [
      { id: 'U1', label: 'Undersøkelser avsluttet', parentId: null },
      { id: 'U2', label: 'Avsluttet etter fristen', parentId: 'U1' },
      { id: 'F9', label: 'Har egen tilsynsfører', parentId: null },
    ],
    periods: [
      {
        id: 1,
        year: 2025,
        half: 1,
        name: '1. halvår 2025',
        approvedAt: '2025-09-01T10:00:00Z',
        values: { U1: 1234, U2: 12 },
      },
      {
        id: 2,
        year: 2025,
        half: 2,
        name: '2. halvår 2025',
        approvedAt: '2026-03-01T10:00:00Z',
        values: { U1: 1300, U2: null, F9: true },
      },
    ],
  };
}

describe("a unit's figures → table", () => {
  it('has a column per period, newest first', () => {
    expect(figuresColumns(bergenFigures())).toEqual([
      { periodId: 2, name: '2. halvår 2025' },
      { periodId: 1, name: '1. halvår 2025' },
    ]);
  });

  it('has a row per point in form order, sub-points one level in, with formatted figures', () => {
    expect(figuresRows(bergenFigures())).toEqual([
      {
        pointId: 'U1',
        label: 'Undersøkelser avsluttet',
        level: 0,
        cells: [`1${NBSP}300`, `1${NBSP}234`],
      },
      {
        pointId: 'U2',
        label: 'Avsluttet etter fristen',
        level: 1,
        cells: ['–', '12'],
      },
      {
        pointId: 'F9',
        label: 'Har egen tilsynsfører',
        level: 0,
        cells: ['Ja', '–'],
      },
    ]);
  });
});
