import { Injectable } from '@nestjs/common';
import { ReferenceDataRepository } from '../../persistence/reference-data.repository';
import { AsOfResolver } from '../as-of.resolver';
import type { AsOfQuery } from '../reference-data.dto';
import type { FylkerResponseDto } from './list-fylker.dto';

@Injectable()
export class ListFylkerQueryHandler {
  constructor(
    private readonly asOf: AsOfResolver,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async execute(query: AsOfQuery): Promise<FylkerResponseDto> {
    const answer = await this.asOf.resolve(query.asOf);
    const fylker = await this.referenceData.fylker(answer.dataVersion.id);
    return {
      ...answer,
      items: fylker.map((fylke) => ({
        number: fylke.number,
        name: fylke.name,
        office: { id: fylke.officeId, name: fylke.officeName },
        kommuneCount: fylke.kommuneCount,
      })),
    };
  }
}
