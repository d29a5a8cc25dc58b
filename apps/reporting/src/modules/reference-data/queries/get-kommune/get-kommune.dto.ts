import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import {
  AsOfAnswerDto,
  FylkeRefDto,
  OfficeRefDto,
} from '../reference-data.dto';

export const kommuneNumberSchema = z
  .string()
  .regex(/^[0-9]{4}$/, 'expected a 4-digit kommune number such as 0301');

export class BydelDto {
  @ApiProperty({ example: '030101' })
  number!: string;

  @ApiProperty({ example: 'Gamle Oslo' })
  name!: string;
}

export class KommuneDetailDto {
  @ApiProperty({ example: '0301' })
  number!: string;

  @ApiProperty({ example: 'Oslo - Oslove' })
  name!: string;

  @ApiProperty({ type: FylkeRefDto })
  fylke!: FylkeRefDto;

  @ApiProperty({ type: OfficeRefDto })
  office!: OfficeRefDto;

  @ApiProperty({
    description:
      'Whether the bydeler, not the kommune, are the reporting units',
  })
  reportsByBydel!: boolean;

  @ApiProperty({ type: [BydelDto] })
  bydeler!: BydelDto[];
}

export class KommuneResponseDto extends AsOfAnswerDto {
  @ApiProperty({ type: KommuneDetailDto })
  kommune!: KommuneDetailDto;
}
