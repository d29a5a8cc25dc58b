import { Injectable } from '@nestjs/common';
import { ReportingPeriodRepository } from '../../persistence/reporting-period.repository';
import { type PeriodsResponseDto, toPeriodDto } from '../period.dto';

@Injectable()
export class ListPeriodsQueryHandler {
  constructor(private readonly periods: ReportingPeriodRepository) {}

  async execute(): Promise<PeriodsResponseDto> {
    const periods = await this.periods.newestFirst();
    return { items: periods.map(toPeriodDto) };
  }
}
