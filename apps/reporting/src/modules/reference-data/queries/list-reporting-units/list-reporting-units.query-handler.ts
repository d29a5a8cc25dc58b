import { Injectable } from '@nestjs/common';
import { UnknownReferenceDataError } from '../../domain/reference-data.errors';
import { ReferenceDataRepository } from '../../persistence/reference-data.repository';
import { AsOfResolver } from '../as-of.resolver';
import type {
  ListReportingUnitsQuery,
  ReportingUnitsResponseDto,
} from './list-reporting-units.dto';

@Injectable()
export class ListReportingUnitsQueryHandler {
  constructor(
    private readonly asOf: AsOfResolver,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async execute(
    query: ListReportingUnitsQuery,
  ): Promise<ReportingUnitsResponseDto> {
    const answer = await this.asOf.resolve(query.asOf);
    const versionId = answer.dataVersion.id;
    if (
      query.office &&
      !(await this.referenceData.office(versionId, query.office))
    )
      throw UnknownReferenceDataError.unit(
        'Statsforvalter office',
        query.office,
        answer.asOf,
      );
    const units = await this.referenceData.reportingUnits(
      versionId,
      query.office,
    );
    return {
      ...answer,
      items: units.map(
        ({ number, name, kind, kommuneNumber, fylkeNumber, officeId }) => ({
          number,
          name,
          kind,
          kommuneNumber,
          fylkeNumber,
          officeId,
        }),
      ),
    };
  }
}
