import type { ReportChange, ReportValues } from '@bvr/report-forms';
import { ApiProperty } from '@nestjs/swagger';
import type { ReportVersion } from '../persistence/report-version.orm-entity';
import type { Report } from '../persistence/report.orm-entity';

export class ReportVersionDto {
  @ApiProperty()
  reportId!: string;

  @ApiProperty({ example: '460101' })
  unitId!: string;

  @ApiProperty({ example: 2 })
  periodId!: number;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ example: 2 })
  formVersion!: number;

  @ApiProperty({ type: 'object', additionalProperties: true })
  values!: ReportValues;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty()
  submittedBy!: string;

  @ApiProperty({ enum: ['form', 'machine'] })
  channel!: 'form' | 'machine';
}

export function toReportVersionDto(
  report: Report,
  version: ReportVersion,
): ReportVersionDto {
  return {
    reportId: report.id,
    unitId: report.unitId,
    periodId: report.periodId,
    version: version.version,
    formVersion: version.formVersion,
    values: version.values,
    submittedAt: version.submittedAt.toISOString(),
    submittedBy: version.submittedBy,
    channel: version.channel,
  };
}

export class ReportChangeDto implements ReportChange {
  @ApiProperty({ example: 'A3.1' })
  pointId!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({
    nullable: true,
    oneOf: [{ type: 'number' }, { type: 'boolean' }, { type: 'string' }],
  })
  before!: number | boolean | string | null;

  @ApiProperty({
    nullable: true,
    oneOf: [{ type: 'number' }, { type: 'boolean' }, { type: 'string' }],
  })
  after!: number | boolean | string | null;
}

export class ReportChangesDto {
  @ApiProperty()
  reportId!: string;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'null before a resubmission',
  })
  fromVersion!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'null before the first submission',
  })
  toVersion!: number | null;

  @ApiProperty({ type: [ReportChangeDto], description: 'In form order' })
  changes!: ReportChangeDto[];
}
