import { Injectable } from '@nestjs/common';
import { todayInNorway } from '../domain/as-of-date';
import { UnknownReferenceDataError } from '../domain/reference-data.errors';
import { ReferenceDataVersionRepository } from '../persistence/reference-data-version.repository';
import type { AsOfAnswerDto } from './reference-data.dto';

/** Picks the reference data version that answers "as of `asOf`" (default: today in Norway). */
@Injectable()
export class AsOfResolver {
  constructor(private readonly versions: ReferenceDataVersionRepository) {}

  async resolve(asOf: string = todayInNorway()): Promise<AsOfAnswerDto> {
    const version = await this.versions.latestValidOn(asOf);
    if (!version)
      throw UnknownReferenceDataError.noVersion(
        asOf,
        await this.versions.earliestValidFrom(),
      );
    return {
      asOf,
      dataVersion: {
        id: version.id,
        validFrom: version.validFrom,
        source: version.source,
      },
    };
  }
}
