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
  ListReportingUnitsQuery,
  listReportingUnitsQuerySchema,
  ReportingUnitsResponseDto,
} from './list-reporting-units.dto';
import { ListReportingUnitsQueryHandler } from './list-reporting-units.query-handler';

/** Non-sensitive public reference data: answered without an access token, on purpose. */
@PublicRoute()
@ApiTags('reference-data')
@Controller('reference-data')
export class ListReportingUnitsHttpController {
  constructor(private readonly handler: ListReportingUnitsQueryHandler) {}

  @Get('reporting-units')
  @ApiOperation({
    summary:
      'The units that report: each kommune, or its bydeler where the data lists bydeler for it (Oslo, Bergen, Trondheim and Stavanger)',
  })
  @ApiQuery({
    name: 'office',
    required: false,
    example: 'sf-oslo-viken',
    description: 'Only units this Statsforvalter office covers',
  })
  @ApiAsOfQuery()
  @ApiOkResponse({ type: ReportingUnitsResponseDto })
  @ApiErrorResponses()
  list(
    @Query(new ZodValidationPipe(listReportingUnitsQuerySchema, 'query'))
    query: ListReportingUnitsQuery,
  ) {
    return this.handler.execute(query);
  }
}
