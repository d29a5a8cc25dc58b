import {
  ApiErrorResponses,
  PublicRoute,
  ZodValidationPipe,
} from '@bvr/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAsOfQuery,
  AsOfQuery,
  asOfQuerySchema,
} from '../reference-data.dto';
import { StatsforvalterOfficesResponseDto } from './list-statsforvalter-offices.dto';
import { ListStatsforvalterOfficesQueryHandler } from './list-statsforvalter-offices.query-handler';

/** Non-sensitive public reference data: answered without an access token, on purpose. */
@PublicRoute()
@ApiTags('reference-data')
@Controller('reference-data')
export class ListStatsforvalterOfficesHttpController {
  constructor(
    private readonly handler: ListStatsforvalterOfficesQueryHandler,
  ) {}

  @Get('statsforvalter-offices')
  @ApiOperation({
    summary:
      'The Statsforvalter offices, with the fylker they cover and their number of kommuner',
  })
  @ApiAsOfQuery()
  @ApiOkResponse({ type: StatsforvalterOfficesResponseDto })
  @ApiErrorResponses()
  list(
    @Query(new ZodValidationPipe(asOfQuerySchema, 'query')) query: AsOfQuery,
  ) {
    return this.handler.execute(query);
  }
}
