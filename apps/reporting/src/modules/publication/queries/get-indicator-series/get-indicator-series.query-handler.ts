import type { Principal } from '@bvr/auth';
import {
  type IndicatorSeries,
  type IndicatorSeriesResponse,
  SUPPRESSION_THRESHOLD,
} from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { inPublicationScope } from '../../domain/publication-access';
import { parseSeriesRequest } from '../../domain/publication-request';
import { PublicationRequestError } from '../../domain/publication.errors';
import { type PeriodSums, seriesValue } from '../../domain/suppression';
import { PublicationReadModel } from '../../persistence/publication.read-model';
import { toPublishedPeriod } from '../publication-catalog.query-handler';

/**
 * One indicator over time for up to ten units, and on request the first unit's county and the whole
 * country. A unit outside the reader's scope has its small counts suppressed; sums never are.
 */
@Injectable()
export class GetIndicatorSeriesQueryHandler {
  constructor(private readonly readModel: PublicationReadModel) {}

  async execute(
    indicatorId: string,
    query: Record<string, unknown>,
    principal: Principal,
  ): Promise<IndicatorSeriesResponse> {
    const { indicator, unitIds, compare } = parseSeriesRequest(
      indicatorId,
      query,
    );
    // The country's sums need nothing from the units: start them with the rest.
    const country = compare.includes('country')
      ? this.readModel.aggregateSums(indicator, null)
      : Promise.resolve(null);
    const [found, periods, unitSums] = await Promise.all([
      this.readModel.unitsById(unitIds),
      this.readModel.periods(),
      this.readModel.unitSums(indicator, unitIds),
      country.catch(() => null), // awaited below; a failure surfaces there
    ]);
    const byId = new Map(found.map((unit) => [unit.id, unit]));
    const unknown = unitIds.filter((id) => !byId.has(id));
    if (unknown.length)
      throw new PublicationRequestError(
        `Finner ingen rapporteringsenhet med nummer ${unknown.join(', ')}.`,
      );
    const units = unitIds.flatMap((id) => byId.get(id) ?? []);
    const first = units[0];
    const county = compare.includes('county')
      ? await this.readModel.aggregateSums(indicator, first.countyId)
      : null;
    const countrySums = await country;
    const values = (sums: PeriodSums[], suppress: boolean) => {
      const byPeriod = new Map(sums.map((s) => [s.periodId, s]));
      return periods.map((period) =>
        seriesValue(
          byPeriod.get(period.id) ?? {
            periodId: period.id,
            numerator: null,
            denominator: null,
            reports: 0,
          },
          suppress,
        ),
      );
    };
    const series: IndicatorSeries[] = units.map((unit) => ({
      subject: { type: 'unit', id: unit.id, name: unit.name },
      values: values(
        unitSums.filter((s) => s.unitId === unit.id),
        !inPublicationScope(principal, unit.id),
      ),
    }));
    if (county)
      series.push({
        subject: { type: 'county', id: first.countyId, name: first.countyName },
        values: values(county, false),
      });
    if (countrySums)
      series.push({
        subject: { type: 'country', name: 'Hele landet' },
        values: values(countrySums, false),
      });
    return {
      indicator,
      periods: periods.map(toPublishedPeriod),
      series,
      suppressionThreshold: SUPPRESSION_THRESHOLD,
    };
  }
}
