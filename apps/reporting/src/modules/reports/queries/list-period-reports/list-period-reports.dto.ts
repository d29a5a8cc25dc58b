import { OFFICE_ID } from '@bvr/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import {
  NOT_STARTED,
  type OverviewStatus,
  REPORT_STATUSES,
} from '../../domain/report-status';

const OVERVIEW_STATUSES = [NOT_STARTED, ...REPORT_STATUSES] as const;
const positive = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, 'expected a positive whole number')
    .transform(Number)
    .refine((n) => n <= max, `at most ${max}`)
    .default(fallback);

export const listPeriodReportsQuerySchema = z.object({
  status: z.enum(OVERVIEW_STATUSES).optional(),
  office: z
    .string()
    .regex(OFFICE_ID, 'expected an office id such as sf-vestland')
    .optional(),
  page: positive(100_000, 1),
  pageSize: positive(500, 100),
});
export type ListPeriodReportsQuery = z.infer<
  typeof listPeriodReportsQuerySchema
>;

export class UnitReportSummaryDto {
  @ApiProperty({ example: '460101' })
  unitId!: string;

  @ApiProperty({ example: 'Arna' })
  unitName!: string;

  @ApiProperty({ enum: ['kommune', 'bydel'] })
  kind!: 'kommune' | 'bydel';

  @ApiProperty({ example: 'sf-vestland' })
  officeId!: string;

  @ApiProperty({ enum: OVERVIEW_STATUSES })
  status!: OverviewStatus;

  @ApiProperty({ nullable: true, type: String })
  reportId!: string | null;

  @ApiProperty({ nullable: true, type: Number })
  latestVersion!: number | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  submittedAt!: string | null;
}

export class PeriodReportsDto {
  @ApiProperty({ type: [UnitReportSummaryDto], description: 'By unit number' })
  items!: UnitReportSummaryDto[];

  @ApiProperty({ description: 'Units matching the filter, on all pages' })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 100 })
  pageSize!: number;
}
