import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ReferenceDataVersion } from './reference-data-version.orm-entity';

@Injectable()
export class ReferenceDataVersionRepository {
  constructor(
    @InjectRepository(ReferenceDataVersion)
    private readonly versions: Repository<ReferenceDataVersion>,
  ) {}

  /** The version that answers "as of `date`": the latest valid on that date; of two valid from the same day, the later load. */
  latestValidOn(date: string): Promise<ReferenceDataVersion | null> {
    return this.versions
      .createQueryBuilder('v')
      .where('v.validFrom <= :date', { date })
      .orderBy('v.validFrom', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .limit(1)
      .getOne();
  }

  async earliestValidFrom(): Promise<string | null> {
    const earliest = await this.versions.findOne({
      where: {},
      order: { validFrom: 'ASC' },
    });
    return earliest?.validFrom ?? null;
  }
}
