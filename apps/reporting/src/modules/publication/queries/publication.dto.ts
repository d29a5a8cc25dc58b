import type {
  IndicatorDefinition,
  IndicatorSeries,
  IndicatorSeriesResponse,
  PublicationUnit,
  PublishedPeriod,
  SeriesValue,
  UnitFiguresResponse,
} from '@bvr/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * OpenAPI descriptions of the contract's types (`@bvr/contracts`, publication). Documentation only:
 * the handlers return the contract's interfaces, which these classes implement so they cannot drift.
 */
export class IndicatorTermDto {
  @ApiProperty({ example: 'U1' })
  point!: string;

  @ApiPropertyOptional({ example: 'U2', description: 'Subtracted from point' })
  minus?: string;
}

export class IndicatorDefinitionDto implements IndicatorDefinition {
  @ApiProperty({ example: 'investigations-within-deadline' })
  id!: string;

  @ApiProperty({ example: 'Undersøkelser avsluttet innen fristen' })
  title!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: IndicatorTermDto })
  numerator!: IndicatorTermDto;

  @ApiProperty({ type: IndicatorTermDto })
  denominator!: IndicatorTermDto;

  @ApiProperty()
  higherIsBetter!: boolean;
}

export class PublishedPeriodDto implements PublishedPeriod {
  @ApiProperty({ example: 12 })
  id!: number;

  @ApiProperty({ example: 2024 })
  year!: number;

  @ApiProperty({ enum: [1, 2] })
  half!: 1 | 2;

  @ApiProperty({ example: '1. halvår 2024' })
  name!: string;
}

export class PublicationUnitDto implements PublicationUnit {
  @ApiProperty({ example: '4601' })
  id!: string;

  @ApiProperty({ example: 'Bergen' })
  name!: string;

  @ApiProperty({ example: '46' })
  countyId!: string;

  @ApiProperty({
    description:
      "Inside the caller's scope: figures unsuppressed, the figures page open",
  })
  inScope!: boolean;
}

export class SeriesSubjectDto {
  @ApiProperty({ enum: ['unit', 'county', 'country'] })
  type!: 'unit' | 'county' | 'country';

  @ApiPropertyOptional({ example: '4601', description: 'Not for country' })
  id?: string;

  @ApiProperty({ example: 'Bergen' })
  name!: string;
}

export class SeriesValueDto implements SeriesValue {
  @ApiProperty()
  periodId!: number;

  @ApiProperty({ type: Number, nullable: true })
  numerator!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  denominator!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '0–1' })
  share!: number | null;

  @ApiProperty({ description: 'Small counts hidden (outside the scope)' })
  suppressed!: boolean;

  @ApiProperty({ description: 'How many approved reports the value sums' })
  reports!: number;
}

export class IndicatorSeriesDto {
  @ApiProperty({ type: SeriesSubjectDto })
  subject!: IndicatorSeries['subject'];

  @ApiProperty({ type: [SeriesValueDto] })
  values!: SeriesValueDto[];
}

export class IndicatorSeriesResponseDto implements IndicatorSeriesResponse {
  @ApiProperty({ type: IndicatorDefinitionDto })
  indicator!: IndicatorDefinitionDto;

  @ApiProperty({ type: [PublishedPeriodDto], description: 'Oldest first' })
  periods!: PublishedPeriodDto[];

  @ApiProperty({ type: [IndicatorSeriesDto] })
  series!: IndicatorSeriesDto[];

  @ApiProperty({ example: 5 })
  suppressionThreshold!: number;
}

export class FigurePointDto {
  @ApiProperty({ example: 'A3.1' })
  id!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ type: String, nullable: true, example: 'A3' })
  parentId!: string | null;
}

export class UnitFiguresUnitDto {
  @ApiProperty({ example: '4601' }) id!: string;
  @ApiProperty({ example: 'Bergen' }) name!: string;
  @ApiProperty({ example: '46' }) countyId!: string;
  @ApiProperty({ example: 'Vestland' }) countyName!: string;
}

export class UnitFiguresPeriodDto extends PublishedPeriodDto {
  @ApiProperty({ format: 'date-time' })
  approvedAt!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number' }, { type: 'boolean' }] },
    description: 'Point id → figure (null when unanswered)',
    example: { A3: 40, 'A3.1': 30 },
  })
  values!: Record<string, number | boolean | null>;
}

export class UnitFiguresResponseDto implements UnitFiguresResponse {
  @ApiProperty({ type: UnitFiguresUnitDto })
  unit!: UnitFiguresUnitDto;

  @ApiProperty({ type: [FigurePointDto], description: 'In form order' })
  points!: FigurePointDto[];

  @ApiProperty({ type: [UnitFiguresPeriodDto], description: 'Oldest first' })
  periods!: UnitFiguresPeriodDto[];
}
