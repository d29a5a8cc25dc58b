import { HALVARSRAPPORT_V1 } from '../versions/halvarsrapport-v1';
import { aReport } from '../testing/report-values.factory';
import { changesBetween } from './changes-between';

describe('changesBetween', () => {
  it('should list nothing when the resubmission is the same', () => {
    const values = aReport(HALVARSRAPPORT_V1, 'unit');

    expect(changesBetween(HALVARSRAPPORT_V1, values, { ...values })).toEqual(
      [],
    );
  });

  it('should list the changed points in form order with their labels', () => {
    // given
    const previous = aReport(HALVARSRAPPORT_V1, 'unit', {
      A3: 12,
      'A3.1': 13,
      F5: false,
    });
    const current = { ...previous, F5: true, 'A3.1': 10, M1: null };

    // when
    const changes = changesBetween(HALVARSRAPPORT_V1, previous, current);

    // then
    expect(changes).toEqual([
      {
        pointId: 'M1',
        label: 'Antall meldinger mottatt i halvåret',
        before: 0,
        after: null,
      },
      {
        pointId: 'A3.1',
        label: 'Antall barn som har hatt sin tiltaksplan evaluert siste halvår',
        before: 13,
        after: 10,
      },
      {
        pointId: 'F5',
        label:
          'Er ansvaret for tilsyn med barn i fosterhjem lagt til andre i kommunen enn barneverntjenesten?',
        before: false,
        after: true,
      },
    ]);
  });

  it('should treat a missing value, null and blank text as the same empty answer', () => {
    const changes = changesBetween(
      HALVARSRAPPORT_V1,
      { K1: null, M1: undefined },
      { K1: '   ' },
    );

    expect(changes).toEqual([]);
  });

  it('should show the Statsforvalter a value added since the previous submission', () => {
    const changes = changesBetween(HALVARSRAPPORT_V1, {}, { U3: 2 });

    expect(changes).toEqual([
      expect.objectContaining({ pointId: 'U3', before: null, after: 2 }),
    ]);
  });
});
