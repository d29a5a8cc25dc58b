import type { Principal } from '@bvr/auth';
import { type Grant, Role } from '@bvr/contracts';

/**
 * Who may grant or revoke what: a platform admin anything; a bekymringsmelding service admin the
 * caseworker role for their own kommune/bydel ("administratorene kan senere gi tilgang til alle som
 * skal kunne laste ned bekymringsmeldingene").
 */
export function mayManage(actor: Principal, grant: Grant): boolean {
  if (actor.has(Role.PLATFORM_ADMIN)) return true;
  return (
    grant.role === Role.CONCERN_CASEWORKER &&
    grant.scope.type === 'unit' &&
    actor.covers([Role.CONCERN_ADMIN], { unitId: grant.scope.id })
  );
}
