import {
  ApiErrorResponses,
  PublicRoute,
  ZodValidationPipe,
} from '@bvr/service-kit';
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiAsOfQuery } from '../reference-data.dto';
import {
  FindKommunerQuery,
  findKommunerQuerySchema,
  KommunerResponseDto,
} from './find-kommuner.dto';
import { FindKommunerQueryHandler } from './find-kommuner.query-handler';

/** Non-sensitive public reference data: answered without an access token, on purpose. */
@PublicRoute()
@ApiTags('reference-data')
@Controller('reference-data')
export class FindKommunerHttpController {
  constructor(private readonly handler: FindKommunerQueryHandler) {}

  @Get('kommuner')
  @ApiOperation({
    summary: 'The kommuner, optionally of one fylke or matching a text',
  })
  @ApiQuery({
    name: 'fylke',
    required: false,
    example: '03',
    description: 'Only kommuner in this fylke (2 digits)',
  })
  @ApiQuery({
    name: 'q',
    required: false,
    example: 'berg',
    description: 'Part of the name (any case), or the start of the number',
  })
  @ApiAsOfQuery()
  @ApiOkResponse({ type: KommunerResponseDto })
  @ApiErrorResponses()
  find(
    @Query(new ZodValidationPipe(findKommunerQuerySchema, 'query'))
    query: FindKommunerQuery,
  ) {
    return this.handler.execute(query);
  }
}
