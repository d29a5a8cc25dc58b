import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { PeriodTermsRequestDto } from '../commands/period-terms.request.dto';
import { periodEnd, periodName, periodStart } from '../domain/reporting-period';
import type { ReportingPeriod } from '../persistence/reporting-period.orm-entity';

/** A period id in a path: a positive integer that fits the `integer` column. */
export const periodIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/, 'expected a period id (a positive whole number)')
  .transform(Number);

export class PeriodDto extends PeriodTermsRequestDto {
  @ApiProperty({ example: 2 })
  id!: number;

  @ApiProperty({ example: '1. halvår 2023' })
  name!: string;

  @ApiProperty({ format: 'date', example: '2023-01-01' })
  startsOn!: string;

  @ApiProperty({ format: 'date', example: '2023-06-30' })
  endsOn!: string;

  @ApiProperty({ example: 7 })
  declare reminderLeadDays: number;

  @ApiProperty({ description: 'Principal id of the creator, or system:seed' })
  createdBy!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  updatedBy!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class PeriodsResponseDto {
  @ApiProperty({ type: [PeriodDto], description: 'Newest period first' })
  items!: PeriodDto[];
}

export function toPeriodDto(period: ReportingPeriod): PeriodDto {
  return {
    id: period.id,
    name: periodName(period.year, period.half),
    year: period.year,
    half: period.half,
    startsOn: periodStart(period.year, period.half),
    endsOn: periodEnd(period.year, period.half),
    opensOn: period.opensOn,
    kommuneDeadline: period.kommuneDeadline,
    statsforvalterDeadline: period.statsforvalterDeadline,
    formVersion: period.formVersion,
    reminderLeadDays: period.reminderLeadDays,
    createdBy: period.createdBy,
    createdAt: period.createdAt.toISOString(),
    updatedBy: period.updatedBy,
    updatedAt: period.updatedAt.toISOString(),
  };
}
