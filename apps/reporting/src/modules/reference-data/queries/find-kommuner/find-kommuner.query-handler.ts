import { Injectable } from '@nestjs/common';
import { UnknownReferenceDataError } from '../../domain/reference-data.errors';
import { ReferenceDataRepository } from '../../persistence/reference-data.repository';
import { AsOfResolver } from '../as-of.resolver';
import type {
  FindKommunerQuery,
  KommunerResponseDto,
} from './find-kommuner.dto';

@Injectable()
export class FindKommunerQueryHandler {
  constructor(
    private readonly asOf: AsOfResolver,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async execute(query: FindKommunerQuery): Promise<KommunerResponseDto> {
    const answer = await this.asOf.resolve(query.asOf);
    const versionId = answer.dataVersion.id;
    // An unknown fylke is a mistake worth naming, not an empty list.
    if (
      query.fylke &&
      !(await this.referenceData.fylke(versionId, query.fylke))
    )
      throw UnknownReferenceDataError.unit('fylke', query.fylke, answer.asOf);
    const kommuner = await this.referenceData.kommuner(versionId, {
      fylke: query.fylke,
      q: query.q,
    });
    return { ...answer, items: kommuner };
  }
}
