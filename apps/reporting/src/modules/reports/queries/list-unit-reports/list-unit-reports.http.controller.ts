import { RequireUnitScope } from '@bvr/auth';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { REPORT_READERS } from '../../access/report-access';
import { unitIdSchema } from '../report-params';
import { ListUnitReportsQueryHandler } from './list-unit-reports.query-handler';
import { UnitReportDto } from './unit-report.dto';

/** «Innrapportering» lists a unit's reports of every period in one call, not one per period. */
@ApiTags('reports')
@Controller('units/:unitId/reports')
@RequireUnitScope({ roles: REPORT_READERS, from: { param: 'unitId' } })
export class ListUnitReportsHttpController {
  constructor(private readonly handler: ListUnitReportsQueryHandler) {}

  @Get()
  @ApiOperation({
    summary:
      "The status of a unit's report in each period it has one for (newest period first)",
  })
  @ApiOkResponse({ type: UnitReportDto, isArray: true })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  list(
    @Param('unitId', new ZodValidationPipe(unitIdSchema, 'unit id'))
    unitId: string,
  ) {
    return this.handler.execute(unitId);
  }
}
