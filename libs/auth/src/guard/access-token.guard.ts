import { type Role, UNIT_ID } from '@bvr/contracts';
import { PUBLIC_ROUTE } from '@bvr/service-kit';
import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  Optional,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../auth.errors';
import type { Principal } from '../principal';
import { AccessTokenVerifier } from '../tokens/access-token.verifier';
import {
  REQUIRED_ROLES,
  UNIT_SCOPE,
  type UnitScopeRule,
  type UnitSource,
} from './decorators';
import { UNIT_DIRECTORY, type UnitDirectory } from './unit-directory';

/**
 * Installed for every route of a service: a valid access token is required unless the route is
 * marked public; then the handler's role and unit-scope rules are checked.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
    @Optional()
    @Inject(UNIT_DIRECTORY)
    private readonly units?: UnitDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets))
      return true;
    const request = context
      .switchToHttp()
      .getRequest<Request & { principal?: Principal }>();
    const principal = await this.verifier.verify(bearerOf(request));
    request.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(
      REQUIRED_ROLES,
      targets,
    );
    if (roles && !principal.has(...roles))
      throw new ForbiddenError(
        `This needs one of the roles: ${roles.join(', ')}`,
      );
    const scope = this.reflector.getAllAndOverride<UnitScopeRule | undefined>(
      UNIT_SCOPE,
      targets,
    );
    if (scope) await this.checkUnitScope(principal, scope, request);
    return true;
  }

  private async checkUnitScope(
    principal: Principal,
    rule: UnitScopeRule,
    request: Request,
  ): Promise<void> {
    const unitId = unitOf(request, rule.from);
    if (!unitId) throw new ForbiddenError('The request does not name a unit');
    if (principal.covers(rule.roles, { unitId })) return;
    const needsOffice = principal
      .grantsOf(...rule.roles)
      .some((grant) => grant.scope.type === 'office');
    const officeId =
      needsOffice && this.units ? await this.units.officeOf(unitId) : null;
    if (officeId && principal.covers(rule.roles, { unitId, officeId })) return;
    throw new ForbiddenError(`You have no access to unit ${unitId}`);
  }
}

function bearerOf(request: Request): string {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer ([A-Za-z0-9._~+/=-]+)$/);
  if (!match) throw new UnauthenticatedError('Log in to use this service');
  return match[1];
}

function unitOf(request: Request, from: UnitSource): string | null {
  const value =
    'param' in from
      ? request.params?.[from.param]
      : 'query' in from
        ? request.query?.[from.query]
        : (request.body as Record<string, unknown> | undefined)?.[from.body];
  return typeof value === 'string' && UNIT_ID.test(value) ? value : null;
}
