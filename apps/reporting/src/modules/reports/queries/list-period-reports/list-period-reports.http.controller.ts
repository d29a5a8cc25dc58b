import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import {
  applyDecorators,
  Controller,
  Get,
  Header,
  Param,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { OVERVIEW_READERS } from '../../access/report-access';
import { periodIdSchema } from '../report-params';
import {
  type ListPeriodReportsQuery,
  listPeriodReportsQuerySchema,
  OVERVIEW_FILTERS,
  OVERVIEW_SORTS,
  type OverviewFilterQuery,
  overviewFilterSchema,
  PeriodReportsDto,
} from './list-period-reports.dto';
import { ListPeriodReportsQueryHandler } from './list-period-reports.query-handler';
import { csvFileName, periodOverviewCsv } from './period-overview.csv';

const periodIdPipe = new ZodValidationPipe(periodIdSchema, 'period id');

/** The filters both routes take. */
const FilterQueries = () =>
  applyDecorators(
    ApiQuery({ name: 'status', required: false, enum: OVERVIEW_FILTERS }),
    ApiQuery({
      name: 'office',
      required: false,
      example: 'sf-vestland',
      description:
        'Bufdir and admins: any office; a Statsforvalter: its own only',
    }),
    ApiQuery({
      name: 'q',
      required: false,
      description: "Part of the unit's name, or the start of its number",
    }),
    ApiQuery({ name: 'sort', required: false, enum: OVERVIEW_SORTS }),
    ApiQuery({ name: 'order', required: false, enum: ['asc', 'desc'] }),
  );

@ApiTags('reports')
@Controller('periods/:periodId')
@RequireRoles(...OVERVIEW_READERS)
export class ListPeriodReportsHttpController {
  constructor(private readonly handler: ListPeriodReportsQueryHandler) {}

  @Get('reports')
  @ApiOperation({
    summary:
      "Each reporting unit's report status for a period (Statsforvalter: its own office's units)",
  })
  @FilterQueries()
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: 100 })
  @ApiOkResponse({ type: PeriodReportsDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  list(
    @Param('periodId', periodIdPipe) periodId: number,
    @Query(new ZodValidationPipe(listPeriodReportsQuerySchema, 'query'))
    query: ListPeriodReportsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PeriodReportsDto> {
    return this.handler.execute(periodId, query, principal);
  }

  @Get('reports.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'The same overview as a CSV file for Excel (semicolons, UTF-8 with BOM, Norwegian headers), every matching unit',
  })
  @FilterQueries()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file', schema: { type: 'string' } })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  async csv(
    @Param('periodId', periodIdPipe) periodId: number,
    @Query(new ZodValidationPipe(overviewFilterSchema, 'query'))
    query: OverviewFilterQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const overview = await this.handler.all(periodId, query, principal);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${csvFileName(overview.period.name)}"`,
    );
    return periodOverviewCsv(overview);
  }
}
