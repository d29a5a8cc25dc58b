import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { AsOfAnswerDto, KommuneDto, OfficeRefDto } from '../reference-data.dto';

export const officeIdSchema = z
  .string()
  .regex(/^sf-[a-z]+(-[a-z]+)*$/, 'expected an office id like sf-oslo-viken');

export class OfficeKommunerResponseDto extends AsOfAnswerDto {
  @ApiProperty({ type: OfficeRefDto })
  office!: OfficeRefDto;

  @ApiProperty({ type: [KommuneDto] })
  items!: KommuneDto[];
}
