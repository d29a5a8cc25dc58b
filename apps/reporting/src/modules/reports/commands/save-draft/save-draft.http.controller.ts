import { CurrentPrincipal, type Principal, RequireUnitScope } from '@bvr/auth';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { REPORT_WRITERS } from '../../access/report-access';
import { periodIdSchema, unitIdSchema } from '../../queries/report-params';
import {
  type SaveDraftRequest,
  SaveDraftRequestDto,
  SaveDraftResponseDto,
  saveDraftSchema,
} from './save-draft.request.dto';
import { SaveDraftService } from './save-draft.service';

/** Only the unit itself (its reporters, or its case system) fills in its report. */
@ApiTags('reports')
@Controller('periods/:periodId/units/:unitId/report/draft')
@RequireUnitScope({ roles: REPORT_WRITERS, from: { param: 'unitId' } })
export class SaveDraftHttpController {
  constructor(private readonly service: SaveDraftService) {}

  @Put()
  @ApiOperation({ summary: 'Save the draft ("Lagre")' })
  @ApiBody({ type: SaveDraftRequestDto })
  @ApiOkResponse({ type: SaveDraftResponseDto })
  @ApiBadRequestResponse({
    type: ErrorResponseDto,
    description: 'Malformed values: `problems[]` names each (Norwegian)',
  })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({
    type: ErrorResponseDto,
    description:
      'Someone saved since (`currentRevision`), or the report is with the Statsforvalter or approved',
  })
  save(
    @Param('periodId', new ZodValidationPipe(periodIdSchema, 'period id'))
    periodId: number,
    @Param('unitId', new ZodValidationPipe(unitIdSchema, 'unit id'))
    unitId: string,
    @Body(new ZodValidationPipe(saveDraftSchema, 'draft'))
    body: SaveDraftRequest,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.service.execute(periodId, unitId, body, principal);
  }
}
