import type { UnitDirectory } from '@bvr/auth';
import { UNIT_ID } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { todayInNorway } from '../../domain/as-of-date';
import { ReferenceDataVersionRepository } from '../../persistence/reference-data-version.repository';
import { ReferenceDataRepository } from '../../persistence/reference-data.repository';

/**
 * Which Statsforvalter office controls a kommune or bydel today (the reference data version valid today
 * in Norway), so that `@RequireUnitScope` lets an office grant such as
 * `statsforvalter-caseworker@office:sf-vestland` act for the office's kommuner and bydeler.
 */
@Injectable()
export class ReferenceDataUnitDirectory implements UnitDirectory {
  constructor(
    private readonly versions: ReferenceDataVersionRepository,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async officeOf(unitId: string): Promise<string | null> {
    if (!UNIT_ID.test(unitId)) return null;
    // No data loaded yet means no office is known: the guard then refuses, it does not fail.
    const version = await this.versions.latestValidOn(todayInNorway());
    if (!version) return null;
    return this.referenceData.officeOfUnit(version.id, unitId);
  }
}
