import { ApiProperty } from '@nestjs/swagger';
import {
  AsOfAnswerDto,
  FylkeRefDto,
  OfficeRefDto,
} from '../reference-data.dto';

export class FylkeDto extends FylkeRefDto {
  @ApiProperty({ type: OfficeRefDto })
  office!: OfficeRefDto;

  @ApiProperty({ example: 1 })
  kommuneCount!: number;
}

export class FylkerResponseDto extends AsOfAnswerDto {
  @ApiProperty({ type: [FylkeDto] })
  items!: FylkeDto[];
}
