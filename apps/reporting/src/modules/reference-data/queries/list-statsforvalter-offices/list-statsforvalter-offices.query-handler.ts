import { Injectable } from '@nestjs/common';
import { ReferenceDataRepository } from '../../persistence/reference-data.repository';
import { AsOfResolver } from '../as-of.resolver';
import type { AsOfQuery } from '../reference-data.dto';
import type { StatsforvalterOfficesResponseDto } from './list-statsforvalter-offices.dto';

@Injectable()
export class ListStatsforvalterOfficesQueryHandler {
  constructor(
    private readonly asOf: AsOfResolver,
    private readonly referenceData: ReferenceDataRepository,
  ) {}

  async execute(query: AsOfQuery): Promise<StatsforvalterOfficesResponseDto> {
    const answer = await this.asOf.resolve(query.asOf);
    const versionId = answer.dataVersion.id;
    const [offices, fylker] = await Promise.all([
      this.referenceData.offices(versionId),
      this.referenceData.fylker(versionId),
    ]);
    return {
      ...answer,
      items: offices.map((office) => {
        const covered = fylker.filter((fylke) => fylke.officeId === office.id);
        return {
          id: office.id,
          name: office.name,
          fylker: covered.map(({ number, name }) => ({ number, name })),
          fylkeCount: covered.length,
          kommuneCount: covered.reduce(
            (sum, fylke) => sum + fylke.kommuneCount,
            0,
          ),
        };
      }),
    };
  }
}
