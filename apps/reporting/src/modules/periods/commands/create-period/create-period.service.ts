import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import type { PeriodTerms } from '../../domain/reporting-period';
import { ReportingPeriodRepository } from '../../persistence/reporting-period.repository';
import { type PeriodDto, toPeriodDto } from '../../queries/period.dto';

/** Adds the period of a half-year that has none; a second one for the same half-year is a 409. */
@Injectable()
export class CreatePeriodService {
  constructor(private readonly periods: ReportingPeriodRepository) {}

  async execute(terms: PeriodTerms, by: Principal): Promise<PeriodDto> {
    return toPeriodDto(await this.periods.insert(terms, by.id));
  }
}
