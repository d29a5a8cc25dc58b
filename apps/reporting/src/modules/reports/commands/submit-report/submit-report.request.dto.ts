import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { REPORT_STATUSES, type ReportStatus } from '../../domain/report-status';
import {
  ReportValuesApiDto,
  reportValuesSchema,
} from '../report-values.request.dto';

export const submitReportSchema = z.object({
  values: reportValuesSchema,
  idempotencyKey: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{8,100}$/,
      'expected 8 to 100 letters, digits, - or _ (a UUID will do)',
    ),
});
export type SubmitReportRequest = z.infer<typeof submitReportSchema>;

export class SubmitReportRequestDto extends ReportValuesApiDto {
  @ApiProperty({
    description:
      'Made once per press of "Send inn"; the same key again returns the first result',
    example: '6f1c2d1e-8a43-4c55-9d0f-2b1d8f0a9c11',
  })
  idempotencyKey!: string;
}

export class SubmissionDto {
  @ApiProperty()
  reportId!: string;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({
    enum: REPORT_STATUSES,
    description: "The report's status now",
  })
  status!: ReportStatus;

  @ApiProperty({ example: 2 })
  formVersion!: number;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty()
  submittedBy!: string;

  @ApiProperty({ enum: ['form', 'machine'] })
  channel!: 'form' | 'machine';

  @ApiProperty({ description: 'true when this key had already submitted' })
  repeated!: boolean;
}
