import type { Role } from '@bvr/contracts';
import {
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import type { Principal } from '../principal';

export const REQUIRED_ROLES = 'bvr:required-roles';
export const UNIT_SCOPE = 'bvr:unit-scope';

/** Only callers holding one of these roles (for any unit) may call the handler; others get 403. */
export const RequireRoles = (...roles: Role[]) =>
  SetMetadata(REQUIRED_ROLES, roles);

/** Where a handler finds the unit (kommune/bydel number) it acts on. */
export type UnitSource =
  | { param: string }
  | { query: string }
  | { body: string };

export interface UnitScopeRule {
  roles: Role[];
  from: UnitSource;
}

/**
 * The caller must hold one of `roles` for the unit named in the request: granted for the unit itself,
 * its kommune, its Statsforvalter office, its county, or nationally. Others get 403.
 */
export const RequireUnitScope = (rule: UnitScopeRule) =>
  SetMetadata(UNIT_SCOPE, rule);

/** The verified caller, set by the access-token guard. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
