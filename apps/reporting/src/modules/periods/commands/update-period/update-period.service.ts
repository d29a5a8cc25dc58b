import type { Principal } from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { PeriodNotFoundError } from '../../domain/period.errors';
import type { PeriodTerms } from '../../domain/reporting-period';
import { ReportingPeriodRepository } from '../../persistence/reporting-period.repository';
import { type PeriodDto, toPeriodDto } from '../../queries/period.dto';

/**
 * Replaces a period's terms (a moved deadline, another form version). Moving it to a half-year that
 * already has a period is a 409, like creating a second one.
 */
@Injectable()
export class UpdatePeriodService {
  constructor(private readonly periods: ReportingPeriodRepository) {}

  async execute(
    id: number,
    terms: PeriodTerms,
    by: Principal,
  ): Promise<PeriodDto> {
    const period = await this.periods.update(id, terms, by.id);
    if (!period) throw PeriodNotFoundError.withId(id);
    return toPeriodDto(period);
  }
}
