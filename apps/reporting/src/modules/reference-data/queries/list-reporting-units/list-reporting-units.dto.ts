import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { officeIdSchema } from '../list-office-kommuner/list-office-kommuner.dto';
import { asOfQuerySchema, AsOfAnswerDto } from '../reference-data.dto';

export const listReportingUnitsQuerySchema = asOfQuerySchema.extend({
  office: officeIdSchema.optional(),
});
export type ListReportingUnitsQuery = z.infer<
  typeof listReportingUnitsQuerySchema
>;

export class ReportingUnitDto {
  @ApiProperty({
    example: '030101',
    description: 'Kommune number (4 digits) or bydel number (6 digits)',
  })
  number!: string;

  @ApiProperty({ example: 'Gamle Oslo' })
  name!: string;

  @ApiProperty({ enum: ['kommune', 'bydel'] })
  kind!: 'kommune' | 'bydel';

  @ApiProperty({ example: '0301' })
  kommuneNumber!: string;

  @ApiProperty({ example: '03' })
  fylkeNumber!: string;

  @ApiProperty({ example: 'sf-oslo-viken' })
  officeId!: string;
}

export class ReportingUnitsResponseDto extends AsOfAnswerDto {
  @ApiProperty({ type: [ReportingUnitDto] })
  items!: ReportingUnitDto[];
}
