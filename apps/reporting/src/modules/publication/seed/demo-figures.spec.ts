import { HALVARSRAPPORT_V1, HALVARSRAPPORT_V2 } from '@bvr/report-forms';
import { demoFigureProblems, demoFigures } from './demo-figures';

describe('the demo figures', () => {
  const units = ['4601', '1103', '030101', '1851', '5001', '3401'];

  it.each([
    [HALVARSRAPPORT_V1, 2018, 1 as const],
    [HALVARSRAPPORT_V2, 2024, 2 as const],
  ])('keep the rules of form version %#', (definition, year, half) => {
    for (const unit of units) {
      const figures = demoFigures(definition, unit, year, half);
      expect(demoFigureProblems(definition, figures)).toEqual([]);
      expect(figures.statsforvalter['U3']).toBeLessThanOrEqual(
        figures.unit['U2'] as number,
      );
    }
  });

  it('are the same every time, and differ between units and periods', () => {
    const bergen = demoFigures(HALVARSRAPPORT_V2, '4601', 2024, 1);
    expect(demoFigures(HALVARSRAPPORT_V2, '4601', 2024, 1)).toEqual(bergen);
    expect(demoFigures(HALVARSRAPPORT_V2, '4601', 2024, 2)).not.toEqual(bergen);
    expect(demoFigures(HALVARSRAPPORT_V2, '1103', 2024, 1)).not.toEqual(bergen);
  });

  it('leave out the points the version withdrew', () => {
    const figures = demoFigures(HALVARSRAPPORT_V2, '4601', 2024, 1);
    expect(figures.unit).not.toHaveProperty('S1');
    expect(demoFigures(HALVARSRAPPORT_V1, '4601', 2018, 1).unit).toHaveProperty(
      'S1',
    );
  });
});
