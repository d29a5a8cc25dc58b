import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { ErrorResponseDto, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Param, Put } from '@nestjs/common';
import {
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { PeriodTerms } from '../../domain/reporting-period';
import { PeriodDto, periodIdSchema } from '../../queries/period.dto';
import { ApiPeriodCommandErrors } from '../period-command.responses';
import {
  PeriodTermsRequestDto,
  periodTermsSchema,
} from '../period-terms.request.dto';
import { UpdatePeriodService } from './update-period.service';

/** Bufdir moves deadlines; platform admins may too. */
@ApiTags('periods')
@Controller('periods')
@RequireRoles(Role.BUFDIR, Role.PLATFORM_ADMIN)
export class UpdatePeriodHttpController {
  constructor(private readonly service: UpdatePeriodService) {}

  @Put(':id')
  @ApiOperation({
    summary: "Replace a period's dates, form version and reminder lead time",
  })
  @ApiParam({ name: 'id', example: 2 })
  @ApiBody({ type: PeriodTermsRequestDto })
  @ApiOkResponse({ type: PeriodDto })
  @ApiNotFoundResponse({
    type: ErrorResponseDto,
    description: 'No such period',
  })
  @ApiPeriodCommandErrors()
  update(
    @Param('id', new ZodValidationPipe(periodIdSchema, 'period id')) id: number,
    @Body(new ZodValidationPipe(periodTermsSchema, 'period'))
    terms: PeriodTerms,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.service.execute(id, terms, principal);
  }
}
