import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { REPORT_READERS } from '../access/report-access';
import { GetReportChangesQueryHandler } from './get-report-changes/get-report-changes.query-handler';
import { reportIdSchema, versionNumberSchema } from './report-params';
import { ReportChangesDto, ReportVersionDto } from './report-version.dto';
import { GetReportVersionQueryHandler } from './get-report-version/get-report-version.query-handler';

/** Who may read the report may read its versions; the handler checks the report's unit. */
@ApiTags('reports')
@Controller('reports/:reportId')
@RequireRoles(...REPORT_READERS)
export class ReportVersionsHttpController {
  constructor(
    private readonly version: GetReportVersionQueryHandler,
    private readonly changes: GetReportChangesQueryHandler,
  ) {}

  @Get('versions/:version')
  @ApiOperation({ summary: 'A submitted version, frozen as it was submitted' })
  @ApiOkResponse({ type: ReportVersionDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getVersion(
    @Param('reportId', new ZodValidationPipe(reportIdSchema, 'report id'))
    reportId: string,
    @Param('version', new ZodValidationPipe(versionNumberSchema, 'version'))
    version: number,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.version.execute(reportId, version, principal);
  }

  @Get('changes')
  @ApiOperation({
    summary:
      'What changed between the latest submitted version and the one before (empty after the first)',
  })
  @ApiOkResponse({ type: ReportChangesDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getChanges(
    @Param('reportId', new ZodValidationPipe(reportIdSchema, 'report id'))
    reportId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.changes.execute(reportId, principal);
  }
}
