import { Injectable } from '@nestjs/common';
import { UnknownReferenceDataError } from '../../domain/reference-data.errors';
import { ReferenceDataRepository } from '../../persistence/reference-data.repository';
import { AsOfResolver } from '../as-of.resolver';
import type { AsOfQuery } from '../reference-data.dto';
import type { KommuneResponseDto } from './get-kommune.dto';

@Injectable()
export class GetKommuneQueryHandler {
  constructor(
    private readonly asOf: AsOfResolver,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async execute(number: string, query: AsOfQuery): Promise<KommuneResponseDto> {
    const answer = await this.asOf.resolve(query.asOf);
    const versionId = answer.dataVersion.id;
    const kommune = await this.referenceData.kommune(versionId, number);
    if (!kommune)
      throw UnknownReferenceDataError.unit('kommune', number, answer.asOf);
    const bydeler = await this.referenceData.bydeler(versionId, number);
    return {
      ...answer,
      kommune: {
        number: kommune.number,
        name: kommune.name,
        fylke: { number: kommune.fylkeNumber, name: kommune.fylkeName },
        office: { id: kommune.officeId, name: kommune.officeName },
        // Same rule as the reporting_unit view: a kommune with bydeler reports through them.
        reportsByBydel: bydeler.length > 0,
        bydeler: bydeler.map(({ number, name }) => ({ number, name })),
      },
    };
  }
}
