import { ApiProperty } from '@nestjs/swagger';
import { REPORT_STATUSES, type ReportStatus } from '../../domain/report-status';

export class UnitReportDto {
  @ApiProperty({ example: 7 }) periodId!: number;
  @ApiProperty({ format: 'uuid' }) reportId!: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status!: ReportStatus;
}
