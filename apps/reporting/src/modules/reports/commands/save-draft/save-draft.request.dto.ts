import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import {
  ReportValuesApiDto,
  reportValuesSchema,
} from '../report-values.request.dto';

export const saveDraftSchema = z.object({
  values: reportValuesSchema,
  revision: z.int().min(0),
});
export type SaveDraftRequest = z.infer<typeof saveDraftSchema>;

export class SaveDraftRequestDto extends ReportValuesApiDto {
  @ApiProperty({
    description:
      'The revision the draft was loaded at; 409 if someone saved since',
    example: 3,
  })
  revision!: number;
}

export class SaveDraftResponseDto {
  @ApiProperty({ example: 4 })
  revision!: number;

  @ApiProperty({ format: 'date-time' })
  savedAt!: string;
}
