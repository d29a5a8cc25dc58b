import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import {
  INDICATORS,
  type IndicatorDefinition,
  type PublicationUnit,
  type PublishedPeriod,
} from '@bvr/contracts';
import { ErrorResponseDto } from '@bvr/service-kit';
import { Controller, Get } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { PUBLICATION_ROLES } from '../domain/publication-access';
import {
  IndicatorDefinitionDto,
  PublicationUnitDto,
  PublishedPeriodDto,
} from './publication.dto';
import { PublicationCatalogQueryHandler } from './publication-catalog.query-handler';

@ApiTags('publication')
@Controller('publication')
@RequireRoles(...PUBLICATION_ROLES)
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@ApiForbiddenResponse({
  type: ErrorResponseDto,
  description: 'Not a publication reader nor Bufdir',
})
export class PublicationCatalogHttpController {
  constructor(private readonly handler: PublicationCatalogQueryHandler) {}

  @Get('indicators')
  @ApiOperation({ summary: 'The key indicators (nøkkeltall) the portal shows' })
  @ApiOkResponse({ type: [IndicatorDefinitionDto] })
  indicators(): readonly IndicatorDefinition[] {
    return INDICATORS;
  }

  @Get('periods')
  @ApiOperation({
    summary: 'The periods with at least one approved report, oldest first',
  })
  @ApiOkResponse({ type: [PublishedPeriodDto] })
  periods(): Promise<PublishedPeriod[]> {
    return this.handler.periods();
  }

  @Get('units')
  @ApiOperation({
    summary:
      "Today's reporting units, each with whether it is inside the caller's scope",
  })
  @ApiOkResponse({ type: [PublicationUnitDto] })
  units(@CurrentPrincipal() principal: Principal): Promise<PublicationUnit[]> {
    return this.handler.units(principal);
  }
}
