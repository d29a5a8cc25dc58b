import { CurrentPrincipal, type Principal, RequireRoles } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PeriodTerms } from '../../domain/reporting-period';
import { PeriodDto } from '../../queries/period.dto';
import { ApiPeriodCommandErrors } from '../period-command.responses';
import {
  PeriodTermsRequestDto,
  periodTermsSchema,
} from '../period-terms.request.dto';
import { CreatePeriodService } from './create-period.service';

/** Bufdir sets the periods and deadlines (its letters to the kommuner); platform admins may too. */
@ApiTags('periods')
@Controller('periods')
@RequireRoles(Role.BUFDIR, Role.PLATFORM_ADMIN)
export class CreatePeriodHttpController {
  constructor(private readonly service: CreatePeriodService) {}

  @Post()
  @ApiOperation({ summary: 'Add the reporting period of a half-year' })
  @ApiBody({ type: PeriodTermsRequestDto })
  @ApiCreatedResponse({ type: PeriodDto })
  @ApiPeriodCommandErrors()
  create(
    @Body(new ZodValidationPipe(periodTermsSchema, 'period'))
    terms: PeriodTerms,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.service.execute(terms, principal);
  }
}
