import type { Principal as Caller } from '@bvr/auth';
import { Role } from '@bvr/contracts';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/**
 * Who acts on the workflow and in which candidate groups: the groups BPMN models name in
 * `camunda:candidateGroups` (`statsforvalter:sf-vestland`, `kommune:4601`, `admin`), derived from
 * the caller's grants.
 */
export interface Principal {
  id: string;
  /** The person's name from the token, for audit rows people read; null for machines. */
  name?: string | null;
  groups: string[];
}

const GROUP_OF_ROLE: Partial<Record<Role, string>> = {
  [Role.UNIT_REPORTER]: 'kommune',
  [Role.STATSFORVALTER_CASEWORKER]: 'statsforvalter',
  [Role.CONCERN_CASEWORKER]: 'bekymringsmelding',
  [Role.CONCERN_ADMIN]: 'bekymringsmelding-admin',
};

export function candidateGroupsOf(caller: Caller): string[] {
  const groups = new Set<string>();
  for (const { role, scope } of caller.grants) {
    if (role === Role.PLATFORM_ADMIN) groups.add('admin');
    else if (role === Role.BUFDIR) groups.add('bufdir');
    else if (GROUP_OF_ROLE[role] && scope.type !== 'national')
      groups.add(`${GROUP_OF_ROLE[role]}:${scope.id}`);
  }
  return [...groups];
}

/** The caller as the workflow sees them (id and candidate groups). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => {
    const caller = context
      .switchToHttp()
      .getRequest<{ principal: Caller }>().principal;
    return {
      id: caller.id,
      name: caller.name,
      groups: candidateGroupsOf(caller),
    };
  },
);
