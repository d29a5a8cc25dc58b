import type { Principal } from '@bvr/auth';
import type { PublicationUnit, PublishedPeriod } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { periodName } from '../../periods/domain/reporting-period';
import { inPublicationScope } from '../domain/publication-access';
import {
  PublicationReadModel,
  type PublishedPeriodRow,
} from '../persistence/publication.read-model';

export const toPublishedPeriod = ({
  id,
  year,
  half,
}: PublishedPeriodRow): PublishedPeriod => ({
  id,
  year,
  half,
  name: periodName(year, half),
});

/** What the portal offers to choose from: the periods with published reports, and the units. */
@Injectable()
export class PublicationCatalogQueryHandler {
  constructor(private readonly readModel: PublicationReadModel) {}

  async periods(): Promise<PublishedPeriod[]> {
    return (await this.readModel.periods()).map(toPublishedPeriod);
  }

  async units(principal: Principal): Promise<PublicationUnit[]> {
    return (await this.readModel.units()).map(({ id, name, countyId }) => ({
      id,
      name,
      countyId,
      inScope: inPublicationScope(principal, id),
    }));
  }
}
