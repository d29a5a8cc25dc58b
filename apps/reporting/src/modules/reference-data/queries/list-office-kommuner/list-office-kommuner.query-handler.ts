import { Injectable } from '@nestjs/common';
import { UnknownReferenceDataError } from '../../domain/reference-data.errors';
import { ReferenceDataRepository } from '../../persistence/reference-data.repository';
import { AsOfResolver } from '../as-of.resolver';
import type { AsOfQuery } from '../reference-data.dto';
import type { OfficeKommunerResponseDto } from './list-office-kommuner.dto';

@Injectable()
export class ListOfficeKommunerQueryHandler {
  constructor(
    private readonly asOf: AsOfResolver,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async execute(
    officeId: string,
    query: AsOfQuery,
  ): Promise<OfficeKommunerResponseDto> {
    const answer = await this.asOf.resolve(query.asOf);
    const versionId = answer.dataVersion.id;
    const office = await this.referenceData.office(versionId, officeId);
    if (!office)
      throw UnknownReferenceDataError.unit(
        'Statsforvalter office',
        officeId,
        answer.asOf,
      );
    const kommuner = await this.referenceData.kommuner(versionId, { officeId });
    return {
      ...answer,
      office: { id: office.id, name: office.name },
      items: kommuner,
    };
  }
}
