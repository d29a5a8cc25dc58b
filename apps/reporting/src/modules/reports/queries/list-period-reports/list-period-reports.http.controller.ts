import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { OVERVIEW_READERS } from '../../access/report-access';
import { periodIdSchema } from '../report-params';
import {
  type ListPeriodReportsQuery,
  listPeriodReportsQuerySchema,
  PeriodReportsDto,
} from './list-period-reports.dto';
import { ListPeriodReportsQueryHandler } from './list-period-reports.query-handler';

@ApiTags('reports')
@Controller('periods/:periodId/reports')
@RequireRoles(...OVERVIEW_READERS)
export class ListPeriodReportsHttpController {
  constructor(private readonly handler: ListPeriodReportsQueryHandler) {}

  @Get()
  @ApiOperation({
    summary:
      "Each reporting unit's report status for a period (Statsforvalter: its own office's units)",
  })
  @ApiQuery({ name: 'status', required: false, example: 'submitted' })
  @ApiQuery({ name: 'office', required: false, example: 'sf-vestland' })
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: 100 })
  @ApiOkResponse({ type: PeriodReportsDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  list(
    @Param('periodId', new ZodValidationPipe(periodIdSchema, 'period id'))
    periodId: number,
    @Query(new ZodValidationPipe(listPeriodReportsQuerySchema, 'query'))
    query: ListPeriodReportsQuery,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.handler.execute(periodId, query, principal);
  }
}
