import { CurrentPrincipal, type Principal, RequireUnitScope } from '@bvr/auth';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { REPORT_WRITERS } from '../../access/report-access';
import { periodIdSchema, unitIdSchema } from '../../queries/report-params';
import {
  SubmissionDto,
  type SubmitReportRequest,
  SubmitReportRequestDto,
  submitReportSchema,
} from './submit-report.request.dto';
import { SubmitReportService } from './submit-report.service';

/** The unit's reporters in the form, or its case system by machine (`machine-reporter@unit:<unit>`). */
@ApiTags('reports')
@Controller('periods/:periodId/units/:unitId/report/submit')
@RequireUnitScope({ roles: REPORT_WRITERS, from: { param: 'unitId' } })
export class SubmitReportHttpController {
  constructor(private readonly service: SubmitReportService) {}

  @Post()
  @ApiOperation({
    summary:
      'Submit the report ("Send inn"): freezes the next version and sends it to the Statsforvalter',
  })
  @ApiBody({ type: SubmitReportRequestDto })
  @ApiCreatedResponse({ type: SubmissionDto })
  @ApiOkResponse({
    type: SubmissionDto,
    description: 'The idempotency key had already submitted: the first result',
  })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description:
      'A rule fails: `problems[]` names each (Norwegian); nothing is saved',
  })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description:
      'The report is with the Statsforvalter, or approved (`REPORTING.REPORT_LOCKED`); the period has not opened, or closed after the Statsforvalter deadline (`REPORTING.PERIOD_NOT_OPEN`; a late report after the kommune deadline is accepted)',
  })
  async submit(
    @Param('periodId', new ZodValidationPipe(periodIdSchema, 'period id'))
    periodId: number,
    @Param('unitId', new ZodValidationPipe(unitIdSchema, 'unit id'))
    unitId: string,
    @Body(new ZodValidationPipe(submitReportSchema, 'submission'))
    body: SubmitReportRequest,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmissionDto> {
    const submission = await this.service.execute(
      periodId,
      unitId,
      body,
      principal,
    );
    if (submission.repeated) response.status(200);
    return submission;
  }
}
