import { Injectable } from '@nestjs/common';
import { PeriodNotFoundError } from '../../domain/period.errors';
import { ReportingPeriodRepository } from '../../persistence/reporting-period.repository';
import { type PeriodDto, toPeriodDto } from '../period.dto';

@Injectable()
export class GetPeriodQueryHandler {
  constructor(private readonly periods: ReportingPeriodRepository) {}

  async execute(id: number): Promise<PeriodDto> {
    const period = await this.periods.byId(id);
    if (!period) throw PeriodNotFoundError.withId(id);
    return toPeriodDto(period);
  }
}
