import { type FormDefinition, formVersion } from '@bvr/report-forms';
import { ErrorCode } from '@bvr/contracts';
import { DomainError } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import { PeriodNotFoundError } from '../../periods/domain/period.errors';
import { periodName } from '../../periods/domain/reporting-period';
import type { ReportingPeriod } from '../../periods/persistence/reporting-period.orm-entity';
import { ReportingPeriodRepository } from '../../periods/persistence/reporting-period.repository';
import { todayInNorway } from '../../reference-data/domain/as-of-date';
import { ReferenceDataVersionRepository } from '../../reference-data/persistence/reference-data-version.repository';
import { ReferenceDataRepository } from '../../reference-data/persistence/reference-data.repository';
import type {
  PeriodInfo,
  ReportingUnitInfo,
} from '../domain/halvarsrapport-command';

/** The unit is not one that reports (unknown, or a kommune whose bydeler report); 404. */
export class NotAReportingUnitError extends DomainError {
  readonly code = ErrorCode.UNKNOWN_REFERENCE_DATA;
}

export interface ReportContext {
  period: ReportingPeriod;
  periodInfo: PeriodInfo;
  definition: FormDefinition;
  unit: ReportingUnitInfo;
}

/**
 * What every report use case starts from: the period (with its form version) and the reporting unit
 * as today's reference data knows it, with the Statsforvalter office that controls it.
 */
@Injectable()
export class ReportContextLoader {
  constructor(
    private readonly periods: ReportingPeriodRepository,
    private readonly versions: ReferenceDataVersionRepository,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async load(periodId: number, unitId: string): Promise<ReportContext> {
    const period = await this.periods.byId(periodId);
    if (!period) throw PeriodNotFoundError.withId(periodId);
    const definition = formVersion(period.formVersion);
    // The period's form version is checked when the period is set; a missing one is a deployment error.
    if (!definition)
      throw new Error(
        `Period ${periodId} uses form version ${period.formVersion}, which this build does not have`,
      );
    return {
      period,
      periodInfo: {
        id: period.id,
        name: periodName(period.year, period.half),
        year: period.year,
        half: period.half,
        statsforvalterDeadline: period.statsforvalterDeadline,
      },
      definition,
      unit: await this.unit(unitId),
    };
  }

  private async unit(unitId: string): Promise<ReportingUnitInfo> {
    const today = todayInNorway();
    const version = await this.versions.latestValidOn(today);
    const unit = version
      ? await this.referenceData.reportingUnit(version.id, unitId)
      : undefined;
    if (unit)
      return {
        id: unit.number,
        name: unit.name,
        officeId: unit.officeId,
        officeName: unit.officeName,
      };
    const hasBydeler =
      version &&
      unitId.length === 4 &&
      (await this.referenceData.bydeler(version.id, unitId)).length > 0;
    throw new NotAReportingUnitError(
      hasBydeler
        ? `Kommune ${unitId} does not report itself: each of its bydeler reports`
        : `Unit ${unitId} is not a reporting unit as of ${today}`,
    );
  }
}
