import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import type { IndicatorSeriesResponse } from '@bvr/contracts';
import { ErrorResponseDto } from '@bvr/service-kit';
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
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { PUBLICATION_ROLES } from '../../domain/publication-access';
import { IndicatorSeriesResponseDto } from '../publication.dto';
import { GetIndicatorSeriesQueryHandler } from './get-indicator-series.query-handler';
import {
  indicatorSeriesCsv,
  indicatorSeriesFileName,
} from './indicator-series.csv';

/** The query both routes take. */
const SeriesQueries = () =>
  applyDecorators(
    ApiParam({
      name: 'indicatorId',
      example: 'investigations-within-deadline',
    }),
    ApiQuery({
      name: 'units',
      example: '4601,1103',
      description: 'Up to 10 reporting units, comma-separated',
    }),
    ApiQuery({
      name: 'compare',
      required: false,
      example: 'county,country',
      description: "The first unit's county and/or the whole country",
    }),
  );

@ApiTags('publication')
@Controller('publication/indicators/:indicatorId')
@RequireRoles(...PUBLICATION_ROLES)
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'Unknown indicator, unit or comparison; too many units',
})
@ApiForbiddenResponse({ type: ErrorResponseDto })
export class GetIndicatorSeriesHttpController {
  constructor(private readonly handler: GetIndicatorSeriesQueryHandler) {}

  @Get('series')
  @ApiOperation({
    summary:
      "An indicator per period for the chosen units (small counts outside the caller's scope suppressed), their county and the country",
  })
  @SeriesQueries()
  @ApiOkResponse({ type: IndicatorSeriesResponseDto })
  series(
    @Param('indicatorId') indicatorId: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IndicatorSeriesResponse> {
    return this.handler.execute(indicatorId, query, principal);
  }

  @Get('series.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'The same series as a CSV file for Excel (semicolons, UTF-8 with BOM, Norwegian headers, decimal comma)',
  })
  @SeriesQueries()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file', schema: { type: 'string' } })
  async csv(
    @Param('indicatorId') indicatorId: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const series = await this.handler.execute(indicatorId, query, principal);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${indicatorSeriesFileName(series.indicator.id)}"`,
    );
    return indicatorSeriesCsv(series);
  }
}
