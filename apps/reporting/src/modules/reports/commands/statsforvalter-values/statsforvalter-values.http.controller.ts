import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { REPORT_READERS } from '../../access/report-access';
import { reportIdSchema } from '../../queries/report-params';
import {
  StatsforvalterValuesDto,
  type StatsforvalterValuesRequest,
  StatsforvalterValuesRequestDto,
  statsforvalterValuesSchema,
} from './statsforvalter-values.request.dto';
import { StatsforvalterValuesService } from './statsforvalter-values.service';

const reportId = () => new ZodValidationPipe(reportIdSchema, 'report id');

/** The Statsforvalter's own points of a report; the service checks the office of the report's unit. */
@ApiTags('reports')
@Controller('reports/:reportId/statsforvalter-values')
export class StatsforvalterValuesHttpController {
  constructor(private readonly service: StatsforvalterValuesService) {}

  @Get()
  @RequireRoles(...REPORT_READERS)
  @ApiOperation({
    summary:
      "The Statsforvalter's answers saved during control (empty until saved)",
  })
  @ApiOkResponse({ type: StatsforvalterValuesDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  read(
    @Param('reportId', reportId()) id: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.service.read(id, principal);
  }

  @Put()
  @RequireRoles(Role.STATSFORVALTER_CASEWORKER)
  @ApiOperation({
    summary:
      "Save the Statsforvalter's points during control (e.g. U3), while the report awaits control",
  })
  @ApiBody({ type: StatsforvalterValuesRequestDto })
  @ApiOkResponse({ type: StatsforvalterValuesDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description:
      "A rule fails or a point is not the Statsforvalter's: `problems[]` names each (Norwegian)",
  })
  @ApiForbiddenResponse({
    type: ErrorResponseDto,
    description: 'Not a caseworker of the office that controls the unit',
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description:
      'The report does not await control (draft, returned or approved)',
  })
  save(
    @Param('reportId', reportId()) id: string,
    @Body(new ZodValidationPipe(statsforvalterValuesSchema, 'values'))
    body: StatsforvalterValuesRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.service.save(id, body, principal);
  }
}
