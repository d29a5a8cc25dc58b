import {
  ApiErrorResponses,
  PublicRoute,
  ZodValidationPipe,
} from '@bvr/service-kit';
import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiAsOfQuery,
  AsOfQuery,
  asOfQuerySchema,
} from '../reference-data.dto';
import { kommuneNumberSchema, KommuneResponseDto } from './get-kommune.dto';
import { GetKommuneQueryHandler } from './get-kommune.query-handler';

/** Non-sensitive public reference data: answered without an access token, on purpose. */
@PublicRoute()
@ApiTags('reference-data')
@Controller('reference-data')
export class GetKommuneHttpController {
  constructor(private readonly handler: GetKommuneQueryHandler) {}

  @Get('kommuner/:number')
  @ApiOperation({
    summary: 'One kommune with its fylke, Statsforvalter office and bydeler',
  })
  @ApiParam({
    name: 'number',
    example: '0301',
    description: 'Kommune number (4 digits)',
  })
  @ApiAsOfQuery()
  @ApiOkResponse({ type: KommuneResponseDto })
  @ApiErrorResponses()
  get(
    @Param(
      'number',
      new ZodValidationPipe(kommuneNumberSchema, 'kommune number'),
    )
    number: string,
    @Query(new ZodValidationPipe(asOfQuerySchema, 'query')) query: AsOfQuery,
  ) {
    return this.handler.execute(number, query);
  }
}
