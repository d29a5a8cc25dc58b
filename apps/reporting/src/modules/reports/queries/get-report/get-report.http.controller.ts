import { RequireUnitScope } from '@bvr/auth';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { REPORT_READERS } from '../../access/report-access';
import { periodIdSchema, unitIdSchema } from '../report-params';
import { GetReportQueryHandler } from './get-report.query-handler';
import { ReportDto } from './report.dto';

/** The unit's reporters, the Statsforvalter office that controls it, Bufdir and admins. */
@ApiTags('reports')
@Controller('periods/:periodId/units/:unitId/report')
@RequireUnitScope({ roles: REPORT_READERS, from: { param: 'unitId' } })
export class GetReportHttpController {
  constructor(private readonly handler: GetReportQueryHandler) {}

  @Get()
  @ApiOperation({
    summary:
      "A unit's half-year report for a period: status, draft, revision, latest version, form version and deadlines",
  })
  @ApiOkResponse({ type: ReportDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: 'No such period, or the unit does not report',
  })
  get(
    @Param('periodId', new ZodValidationPipe(periodIdSchema, 'period id'))
    periodId: number,
    @Param('unitId', new ZodValidationPipe(unitIdSchema, 'unit id'))
    unitId: string,
  ) {
    return this.handler.execute(periodId, unitId);
  }
}
