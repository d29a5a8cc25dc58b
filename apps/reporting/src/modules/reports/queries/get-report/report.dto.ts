import type { ReportValues } from '@bvr/report-forms';
import { ApiProperty } from '@nestjs/swagger';
import type { ReportContext } from '../../access/report-context';
import { REPORT_STATUSES, type ReportStatus } from '../../domain/report-status';
import type { Report } from '../../persistence/report.orm-entity';

export class ReportDeadlinesDto {
  @ApiProperty({ format: 'date', example: '2026-07-01' })
  opensOn!: string;

  @ApiProperty({ format: 'date', example: '2026-08-18' })
  kommuneDeadline!: string;

  @ApiProperty({ format: 'date', example: '2026-08-25' })
  statsforvalterDeadline!: string;
}

export class ReportDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'null until the unit first saves or submits',
  })
  reportId!: string | null;

  @ApiProperty({ example: 2 })
  periodId!: number;

  @ApiProperty({ example: '1. halvår 2026' })
  periodName!: string;

  @ApiProperty({ example: '460101' })
  unitId!: string;

  @ApiProperty({ example: 'Arna' })
  unitName!: string;

  @ApiProperty({ enum: REPORT_STATUSES })
  status!: ReportStatus;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { A1: 12, 'A3.1': 2 },
    description: "The unit's draft (after a submission: what it submitted)",
  })
  values!: ReportValues;

  @ApiProperty({
    description: 'Send it back with the next draft save',
    example: 3,
  })
  revision!: number;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  savedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  savedBy!: string | null;

  @ApiProperty({ nullable: true, type: Number, example: 1 })
  latestVersion!: number | null;

  @ApiProperty({ description: 'Version of the half-year form', example: 2 })
  formVersion!: number;

  @ApiProperty({ type: ReportDeadlinesDto })
  deadlines!: ReportDeadlinesDto;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "The Statsforvalter's message when the report was returned",
  })
  returnMessage!: string | null;
}

/** The report as the form shows it; with no report row, the empty draft it would start as. */
export function toReportDto(
  { period, periodInfo, unit }: ReportContext,
  report: Report | null,
): ReportDto {
  return {
    reportId: report?.id ?? null,
    periodId: period.id,
    periodName: periodInfo.name,
    unitId: unit.id,
    unitName: unit.name,
    status: report?.status ?? 'draft',
    values: report?.draftValues ?? {},
    revision: report?.draftRevision ?? 0,
    savedAt: report?.draftSavedAt?.toISOString() ?? null,
    savedBy: report?.draftSavedBy ?? null,
    latestVersion: report?.latestVersion ?? null,
    formVersion: period.formVersion,
    deadlines: {
      opensOn: period.opensOn,
      kommuneDeadline: period.kommuneDeadline,
      statsforvalterDeadline: period.statsforvalterDeadline,
    },
    returnMessage:
      report?.status === 'returned' ? report.decisionMessage : null,
  };
}
