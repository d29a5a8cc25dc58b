import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';
import { isoDateSchema } from '../domain/as-of-date';

/** Every endpoint takes `asOf`; unknown query parameters are rejected so that a typo is not silently ignored. */
export const asOfQuerySchema = z.strictObject({
  asOf: isoDateSchema.optional(),
});
export type AsOfQuery = z.infer<typeof asOfQuerySchema>;

export const ApiAsOfQuery = () =>
  applyDecorators(
    ApiQuery({
      name: 'asOf',
      required: false,
      type: String,
      format: 'date',
      example: '2026-01-01',
      description:
        'Answer as of this date (YYYY-MM-DD): from the latest reference data version valid on it. Default: today in Norway.',
    }),
  );

export class DataVersionDto {
  @ApiProperty({ example: 1 })
  id!: number;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  validFrom!: string;

  @ApiProperty({ example: 'SSB Klass 131 kommuner (2026-01-01), …' })
  source!: string;
}

/** Which date was asked for and which version answered it. */
export class AsOfAnswerDto {
  @ApiProperty({ format: 'date', example: '2026-03-01' })
  asOf!: string;

  @ApiProperty({ type: DataVersionDto })
  dataVersion!: DataVersionDto;
}

export class OfficeRefDto {
  @ApiProperty({ example: 'sf-oslo-viken' })
  id!: string;

  @ApiProperty({ example: 'Statsforvalteren i Oslo og Viken' })
  name!: string;
}

export class FylkeRefDto {
  @ApiProperty({ example: '03' })
  number!: string;

  @ApiProperty({ example: 'Oslo' })
  name!: string;
}

export class KommuneDto {
  @ApiProperty({ example: '0301' })
  number!: string;

  @ApiProperty({ example: 'Oslo - Oslove' })
  name!: string;

  @ApiProperty({ example: '03' })
  fylkeNumber!: string;
}
