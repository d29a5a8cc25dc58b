import type { Principal } from '@bvr/auth';
import { Role } from '@bvr/contracts';

/** Who uses the portal: its readers (scope unit, county or national) and Bufdir (national). */
export const PUBLICATION_ROLES = [Role.PUBLICATION_READER, Role.BUFDIR];

/**
 * Whether a unit's figures are inside the caller's scope: a unit grant covers the unit (a kommune grant
 * also its bydeler), a county grant the units of that fylke, a national grant and Bufdir every unit.
 */
export const inPublicationScope = (
  principal: Principal,
  unitId: string,
): boolean => principal.covers(PUBLICATION_ROLES, { unitId });
