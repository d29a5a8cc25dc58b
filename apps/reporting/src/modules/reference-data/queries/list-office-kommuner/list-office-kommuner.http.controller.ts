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
import {
  OfficeKommunerResponseDto,
  officeIdSchema,
} from './list-office-kommuner.dto';
import { ListOfficeKommunerQueryHandler } from './list-office-kommuner.query-handler';

/** Non-sensitive public reference data: answered without an access token, on purpose. */
@PublicRoute()
@ApiTags('reference-data')
@Controller('reference-data')
export class ListOfficeKommunerHttpController {
  constructor(private readonly handler: ListOfficeKommunerQueryHandler) {}

  @Get('statsforvalter-offices/:id/kommuner')
  @ApiOperation({ summary: 'The kommuner a Statsforvalter office covers' })
  @ApiParam({ name: 'id', example: 'sf-oslo-viken' })
  @ApiAsOfQuery()
  @ApiOkResponse({ type: OfficeKommunerResponseDto })
  @ApiErrorResponses()
  list(
    @Param('id', new ZodValidationPipe(officeIdSchema, 'office id')) id: string,
    @Query(new ZodValidationPipe(asOfQuerySchema, 'query')) query: AsOfQuery,
  ) {
    return this.handler.execute(id, query);
  }
}
