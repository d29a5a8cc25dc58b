import {
  NOT_STARTED,
  OFFICE_ID,
  OVERVIEW_FILTERS,
  OVERVIEW_SORTS,
  REPORT_STATUSES,
  type OverviewStatus,
} from '@bvr/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';

export {
  OVERDUE,
  OVERVIEW_FILTERS,
  OVERVIEW_SORTS,
  type OverviewSort,
  type OverviewStatusFilter,
} from '@bvr/contracts';

const OVERVIEW_STATUSES = [NOT_STARTED, ...REPORT_STATUSES] as const;

const positive = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/, 'expected a positive whole number')
    .transform(Number)
    .refine((n) => n <= max, `at most ${max}`)
    .default(fallback);

/** The filters the table and its CSV export share. */
export const overviewFilterSchema = z.object({
  status: z.enum(OVERVIEW_FILTERS).optional(),
  office: z
    .string()
    .regex(OFFICE_ID, 'expected an office id such as sf-vestland')
    .optional(),
  /** Part of a unit's name, or the start of its number. */
  q: z.string().trim().max(100).optional(),
  sort: z.enum(OVERVIEW_SORTS).default('unit'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type OverviewFilterQuery = z.infer<typeof overviewFilterSchema>;

export const listPeriodReportsQuerySchema = overviewFilterSchema.extend({
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

  @ApiProperty({ example: 'Statsforvalteren i Vestland' })
  officeName!: string;

  @ApiProperty({ enum: OVERVIEW_STATUSES })
  status!: OverviewStatus;

  @ApiProperty({
    description:
      'Forsinket: not submitted (not started or a draft) after the end of the kommune deadline in Norway',
  })
  overdue!: boolean;

  @ApiProperty({
    description: 'First submitted after the kommune deadline (accepted, late)',
  })
  submittedLate!: boolean;

  @ApiProperty({ nullable: true, type: String })
  reportId!: string | null;

  @ApiProperty({ nullable: true, type: Number })
  latestVersion!: number | null;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the latest version was submitted',
  })
  submittedAt!: string | null;
}

export class OverviewPeriodDto {
  @ApiProperty({ example: 2 })
  id!: number;

  @ApiProperty({ example: '1. halvår 2023' })
  name!: string;

  @ApiProperty({ format: 'date', example: '2023-08-18' })
  kommuneDeadline!: string;

  @ApiProperty({ format: 'date', example: '2023-08-25' })
  statsforvalterDeadline!: string;
}

export class PeriodReportsDto {
  @ApiProperty({ type: OverviewPeriodDto })
  period!: OverviewPeriodDto;

  @ApiProperty({ type: [UnitReportSummaryDto] })
  items!: UnitReportSummaryDto[];

  @ApiProperty({ description: 'Units matching the filter, on all pages' })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 100 })
  pageSize!: number;
}
