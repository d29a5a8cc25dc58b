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
import { FylkerResponseDto } from './list-fylker.dto';
import { ListFylkerQueryHandler } from './list-fylker.query-handler';

/** Non-sensitive public reference data: answered without an access token, on purpose. */
@PublicRoute()
@ApiTags('reference-data')
@Controller('reference-data')
export class ListFylkerHttpController {
  constructor(private readonly handler: ListFylkerQueryHandler) {}

  @Get('fylker')
  @ApiOperation({
    summary:
      'The fylker, each with its Statsforvalter office and number of kommuner',
  })
  @ApiAsOfQuery()
  @ApiOkResponse({ type: FylkerResponseDto })
  @ApiErrorResponses()
  list(
    @Query(new ZodValidationPipe(asOfQuerySchema, 'query')) query: AsOfQuery,
  ) {
    return this.handler.execute(query);
  }
}
