import { CurrentPrincipal, Principal, RequireRoles } from '@bvr/auth';
import { grantSchema, Role, UNIT_ID } from '@bvr/contracts';
import { JsonBody, QueryParameters, ZodValidationPipe } from '@bvr/service-kit';
import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { fodselsnummerSchema } from '../users/fodselsnummer';
import { UserDirectory } from '../users/user-directory.service';
import { UserNotFoundError } from '../users/user.errors';
import { RoleGrants } from './role-grants.service';

const grantBody = grantSchema.safeExtend({
  pid: fodselsnummerSchema,
  name: z.string().trim().min(2).max(200).optional(),
  reason: z.string().trim().max(500).optional(),
});
const revokeQuery = z.object({ reason: z.string().trim().max(500).optional() });
const grantIdParam = z.object({ id: z.uuid('expected a grant id (uuid)') });
const userQuery = z.object({ pid: fodselsnummerSchema });
const unitGrantsQuery = z.object({
  role: z.enum(Object.values(Role) as [Role, ...Role[]]),
  unitId: z
    .string()
    .regex(UNIT_ID, 'a unit is a kommune (4 digits) or bydel (6 digits)'),
});
const auditQuery = z.object({
  userId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * Roles are granted by fødselsnummer, also before the person's first login. Platform admins manage
 * every role; a bekymringsmelding service admin manages caseworkers of their own kommune/bydel.
 */
@ApiTags('roles')
@RequireRoles(Role.PLATFORM_ADMIN, Role.CONCERN_ADMIN)
@Controller()
export class GrantsHttpController {
  constructor(
    private readonly grants: RoleGrants,
    private readonly users: UserDirectory,
  ) {}

  @Post('grants')
  @JsonBody(grantBody)
  @ApiOperation({ summary: 'Grant a role with a scope to a person (audited)' })
  grant(
    @Body(new ZodValidationPipe(grantBody, 'grant'))
    body: z.infer<typeof grantBody>,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.grants.grant(actor, {
      pid: body.pid,
      name: body.name,
      grant: { role: body.role, scope: body.scope },
      reason: body.reason,
    });
  }

  @Get('grants')
  @QueryParameters(unitGrantsQuery)
  @ApiOperation({
    summary:
      'Live grants of a role for a unit and, for a kommune, its bydeler (fødselsnummer masked)',
  })
  listForUnit(
    @Query(new ZodValidationPipe(unitGrantsQuery, 'query'))
    { role, unitId }: z.infer<typeof unitGrantsQuery>,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.grants.liveGrantsForUnit(actor, role, unitId);
  }

  @Delete('grants/:id')
  @QueryParameters(revokeQuery)
  @ApiOperation({ summary: 'Revoke a grant (audited)' })
  revoke(
    @Param(new ZodValidationPipe(grantIdParam, 'path'))
    { id }: z.infer<typeof grantIdParam>,
    @Query(new ZodValidationPipe(revokeQuery, 'query'))
    { reason }: z.infer<typeof revokeQuery>,
    @CurrentPrincipal() actor: Principal,
  ) {
    return this.grants.revoke(actor, id, reason);
  }

  @Get('users')
  @QueryParameters(userQuery)
  @RequireRoles(Role.PLATFORM_ADMIN)
  @ApiOperation({
    summary: 'A person by fødselsnummer, with their live grants',
  })
  async findUser(
    @Query(new ZodValidationPipe(userQuery, 'query'))
    { pid }: z.infer<typeof userQuery>,
  ) {
    const user = await this.users.findByPid(pid);
    if (!user) throw new UserNotFoundError('No user with this fødselsnummer');
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone,
      registered: user.registeredAt !== null,
      lastLoginAt: user.lastLoginAt,
      grants: await this.grants.liveGrantsOf(user.id),
    };
  }

  @Get('audit')
  @QueryParameters(auditQuery)
  @RequireRoles(Role.PLATFORM_ADMIN)
  @ApiOperation({ summary: 'Every grant and revoke, newest first' })
  audit(
    @Query(new ZodValidationPipe(auditQuery, 'query'))
    query: z.infer<typeof auditQuery>,
  ) {
    return this.grants.auditOf(query.userId, query.limit);
  }
}
