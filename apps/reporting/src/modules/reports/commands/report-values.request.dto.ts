import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * A report's answers keyed by point id. Only the shape is checked here; the form's rules (whole
 * numbers, parents, lengths) are `validateReport`'s, which answers in Norwegian per point.
 */
export const reportValuesSchema = z
  .record(
    z.string().min(1).max(20),
    z.union([z.number(), z.boolean(), z.string().max(20_000), z.null()]),
  )
  .refine((values) => Object.keys(values).length <= 500, 'too many points');

export class ReportValuesApiDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { A1: 12, A2: 10, A3: 4, 'A3.1': 2 },
    description: 'Answers by point id: numbers, true/false, text or null',
  })
  values!: Record<string, number | boolean | string | null>;
}
