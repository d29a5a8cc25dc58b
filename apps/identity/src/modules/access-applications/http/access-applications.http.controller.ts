import { CurrentPrincipal, Principal } from '@bvr/auth';
import { JsonBody, ZodValidationPipe } from '@bvr/service-kit';
import { Body, Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplyForAccess } from '../commands/apply-for-access.service';
import {
  type AccessApplicationRequest,
  accessApplicationRequestSchema,
} from '../domain/access-application';
import type { AccessApplicationEntity } from '../persistence/access-application.orm-entity';
import { AccessApplicationsRepository } from '../persistence/access-applications.repository';

/** «Utrapportering» for someone without access: apply, and see how the application stands. */
@ApiTags('access-applications')
@Controller('access-applications')
export class AccessApplicationsHttpController {
  constructor(
    private readonly apply: ApplyForAccess,
    private readonly applications: AccessApplicationsRepository,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Apply for access to Utrapportering; 409 while another application waits for a decision',
  })
  @JsonBody(accessApplicationRequestSchema)
  async submit(
    @CurrentPrincipal() principal: Principal,
    @Body(new ZodValidationPipe(accessApplicationRequestSchema, 'body'))
    request: AccessApplicationRequest,
  ) {
    return viewOf(await this.apply.apply(principal, request));
  }

  @Get('mine')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'My applications, newest first' })
  async mine(@CurrentPrincipal() principal: Principal) {
    return (await this.applications.ofUser(principal.id)).map(viewOf);
  }
}

/** What the applicant sees of an application: not the routing internals. */
function viewOf(application: AccessApplicationEntity) {
  return {
    id: application.id,
    kind: application.kind,
    represents: application.represents,
    approver: application.officeName ?? 'Bufdir',
    status: application.status,
    submittedAt: application.submittedAt,
    decidedAt: application.decidedAt,
  };
}
