import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import {
  asOfQuerySchema,
  AsOfAnswerDto,
  KommuneDto,
} from '../reference-data.dto';

export const findKommunerQuerySchema = asOfQuerySchema.extend({
  fylke: z
    .string()
    .regex(/^[0-9]{2}$/, 'expected a 2-digit fylke number such as 03')
    .optional(),
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .optional(),
});
export type FindKommunerQuery = z.infer<typeof findKommunerQuerySchema>;

export class KommunerResponseDto extends AsOfAnswerDto {
  @ApiProperty({ type: [KommuneDto] })
  items!: KommuneDto[];
}
