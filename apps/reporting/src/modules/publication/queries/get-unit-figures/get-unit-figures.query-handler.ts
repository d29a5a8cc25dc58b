import type { Principal } from '@bvr/auth';
import type { UnitFiguresResponse } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { figuresOfVersion, pointsWithFigures } from '../../domain/form-figures';
import { inPublicationScope } from '../../domain/publication-access';
import { parseUnitId } from '../../domain/publication-request';
import {
  PublicationForbiddenError,
  PublicationUnitNotFoundError,
} from '../../domain/publication.errors';
import { PublicationReadModel } from '../../persistence/publication.read-model';
import { toPublishedPeriod } from '../publication-catalog.query-handler';

/** Every figure of a unit's approved reports; only for a unit inside the reader's scope. */
@Injectable()
export class GetUnitFiguresQueryHandler {
  constructor(private readonly readModel: PublicationReadModel) {}

  async execute(
    rawUnitId: string,
    principal: Principal,
  ): Promise<UnitFiguresResponse> {
    const unitId = parseUnitId(rawUnitId);
    const [unit] = await this.readModel.unitsById([unitId]);
    if (!unit) throw PublicationUnitNotFoundError.of(unitId);
    if (!inPublicationScope(principal, unitId))
      throw PublicationForbiddenError.unit(unitId);
    const [reports, periods] = await Promise.all([
      this.readModel.unitReports(unitId),
      this.readModel.periods(),
    ]);
    const periodById = new Map(periods.map((p) => [p.id, p]));
    return {
      unit,
      points: pointsWithFigures(reports.map((report) => report.figures)),
      periods: reports.flatMap((report) => {
        const period = periodById.get(report.periodId);
        return period
          ? [
              {
                ...toPublishedPeriod(period),
                approvedAt: new Date(report.approvedAt).toISOString(),
                values: figuresOfVersion(report.formVersion, report.figures),
              },
            ]
          : [];
      }),
    };
  }
}
