import { ApiProperty } from '@nestjs/swagger';
import {
  AsOfAnswerDto,
  FylkeRefDto,
  OfficeRefDto,
} from '../reference-data.dto';

export class StatsforvalterOfficeDto extends OfficeRefDto {
  @ApiProperty({ type: [FylkeRefDto] })
  fylker!: FylkeRefDto[];

  @ApiProperty({ example: 4 })
  fylkeCount!: number;

  @ApiProperty({ example: 52 })
  kommuneCount!: number;
}

export class StatsforvalterOfficesResponseDto extends AsOfAnswerDto {
  @ApiProperty({ type: [StatsforvalterOfficeDto] })
  items!: StatsforvalterOfficeDto[];
}
