import { periodTermsSchema } from '../commands/period-terms.request.dto';
import { periodEnd, periodName } from '../domain/reporting-period';
import { SEEDED_PERIODS } from './seeded-periods';

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
const dayAfter = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000)
    .toISOString()
    .slice(0, 10);

describe('the seeded periods', () => {
  it.each(
    SEEDED_PERIODS.map((terms) => [periodName(terms.year, terms.half), terms]),
  )('%s passes the rules the API applies', (_name, terms) => {
    expect(periodTermsSchema.safeParse(terms).error?.issues).toBeUndefined();
  });

  it('has the deadlines of the letters for 2. halvår 2016 and 1. halvår 2023', () => {
    const byName = new Map(
      SEEDED_PERIODS.map((terms) => [
        periodName(terms.year, terms.half),
        terms,
      ]),
    );
    expect(byName.get('2. halvår 2016')).toMatchObject({
      kommuneDeadline: '2017-01-20',
      statsforvalterDeadline: '2017-02-08',
      formVersion: 1,
    });
    expect(byName.get('1. halvår 2023')).toMatchObject({
      opensOn: '2023-07-03',
      kommuneDeadline: '2023-08-18',
      statsforvalterDeadline: '2023-08-25',
      formVersion: 2,
    });
  });

  it('opens the demo periods the day after they end, with deadlines on working days', () => {
    const demo = SEEDED_PERIODS.filter((terms) => terms.year >= 2025);

    expect(demo.map((t) => periodName(t.year, t.half))).toEqual([
      '2. halvår 2025',
      '1. halvår 2026',
      '2. halvår 2026',
    ]);
    for (const terms of demo) {
      expect(terms.opensOn).toBe(dayAfter(periodEnd(terms.year, terms.half)));
      expect(terms.formVersion).toBe(2);
      for (const deadline of [
        terms.kommuneDeadline,
        terms.statsforvalterDeadline,
      ])
        expect([0, 6]).not.toContain(weekday(deadline));
    }
  });
});
