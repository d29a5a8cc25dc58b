import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import type { UnitFiguresResponse } from '@bvr/contracts';
import { ErrorResponseDto } from '@bvr/service-kit';
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { PUBLICATION_ROLES } from '../../domain/publication-access';
import { UnitFiguresResponseDto } from '../publication.dto';
import { GetUnitFiguresQueryHandler } from './get-unit-figures.query-handler';
import { unitFiguresCsv, unitFiguresFileName } from './unit-figures.csv';

@ApiTags('publication')
@Controller('publication/units/:unitId')
@RequireRoles(...PUBLICATION_ROLES)
@ApiParam({ name: 'unitId', example: '4601' })
@ApiBadRequestResponse({
  type: ErrorResponseDto,
  description: 'Malformed unit number',
})
@ApiForbiddenResponse({
  type: ErrorResponseDto,
  description: "Not a reader, or the unit is outside the reader's scope",
})
@ApiNotFoundResponse({
  type: ErrorResponseDto,
  description: 'No such reporting unit',
})
export class GetUnitFiguresHttpController {
  constructor(private readonly handler: GetUnitFiguresQueryHandler) {}

  @Get('figures')
  @ApiOperation({
    summary: "Every figure of the unit's approved reports, per period",
  })
  @ApiOkResponse({ type: UnitFiguresResponseDto })
  figures(
    @Param('unitId') unitId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<UnitFiguresResponse> {
    return this.handler.execute(unitId, principal);
  }

  @Get('figures.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'The same figures as a CSV file for Excel (semicolons, UTF-8 with BOM, Norwegian headers, decimal comma)',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file', schema: { type: 'string' } })
  async csv(
    @Param('unitId') unitId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const figures = await this.handler.execute(unitId, principal);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${unitFiguresFileName(figures.unit)}"`,
    );
    return unitFiguresCsv(figures);
  }
}
