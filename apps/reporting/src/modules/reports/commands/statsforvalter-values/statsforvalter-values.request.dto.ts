import type { ReportValues } from '@bvr/report-forms';
import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { reportValuesSchema } from '../report-values.request.dto';

export const statsforvalterValuesSchema = z.object({
  values: reportValuesSchema,
});
export type StatsforvalterValuesRequest = z.infer<
  typeof statsforvalterValuesSchema
>;

export class StatsforvalterValuesRequestDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { U3: 2 },
    description:
      "Answers to the points the Statsforvalter fills during control (the form version's `filledBy: statsforvalter`); null clears one",
  })
  values!: Record<string, number | boolean | string | null>;
}

export class StatsforvalterValuesDto {
  @ApiProperty()
  reportId!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  values!: ReportValues;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The submitted version controlled when they were saved',
  })
  reportVersion!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  formVersion!: number | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  savedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  savedBy!: string | null;
}
