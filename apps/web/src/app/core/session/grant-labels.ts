import type { Role, Scope } from '@bvr/contracts';

/**
 * Norwegian names of the roles. Type-only imports from `@bvr/contracts` keep zod out of the initial
 * bundle; `Record<Role, …>` makes the compiler name any role added to the contract and missing here.
 */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'unit-reporter': 'Rapportør',
  'statsforvalter-caseworker': 'Saksbehandler hos Statsforvalteren',
  bufdir: 'Bufdir',
  'publication-reader': 'Leser i publiseringsportalen',
  'concern-admin': 'Tjenesteadministrator bekymringsmelding',
  'concern-caseworker': 'Saksbehandler bekymringsmelding',
  'platform-admin': 'Plattformadministrator',
  'machine-reporter': 'Fagsystem',
};

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && Object.hasOwn(ROLE_LABELS, value);

/** Which grant names the person's workplace in the header first: the office or unit they work for. */
const HEADER_ORDER: readonly Role[] = [
  'statsforvalter-caseworker',
  'unit-reporter',
  'concern-admin',
  'concern-caseworker',
  'bufdir',
  'platform-admin',
  'publication-reader',
];

/** `unit:4601`, `office:sf-vestland`, `county:46`, `national`: the key of a scope's name. */
export function scopeKey(scope: Scope): string {
  return scope.type === 'national' ? 'national' : `${scope.type}:${scope.id}`;
}

/** What to show when the name of a scope cannot be looked up: its number or id. */
export function fallbackScopeName(scope: Scope): string {
  switch (scope.type) {
    case 'unit':
      return scope.id.length === 6
        ? `Bydel ${scope.id}`
        : `Kommune ${scope.id}`;
    case 'office':
      return scope.id;
    case 'county':
      return `Fylke ${scope.id}`;
    case 'national':
      return 'Hele landet';
  }
}

export interface GrantLike {
  readonly role: Role;
  readonly scope: Scope;
}

/**
 * The workplace line under the person's name: "Statsforvalteren i Vestland", "Bergen kommune",
 * "Bufdir", "Plattformadministrator". Null while a needed name is still being looked up (no flicker
 * from number to name), or when no grant names a workplace.
 */
export function workplaceLabel(
  grants: readonly GrantLike[],
  names: ReadonlyMap<string, string>,
): string | null {
  const labels: string[] = [];
  const sorted = [...grants].sort(
    (a, b) => HEADER_ORDER.indexOf(a.role) - HEADER_ORDER.indexOf(b.role),
  );
  for (const { role, scope } of sorted) {
    let label: string | undefined;
    if (role === 'bufdir' || role === 'platform-admin')
      label = ROLE_LABELS[role];
    else if (scope.type === 'national') continue;
    else label = names.get(scopeKey(scope));
    if (label === undefined) return null;
    if (!labels.includes(label)) labels.push(label);
  }
  if (labels.length === 0) return null;
  return labels.slice(0, 2).join(', ') + (labels.length > 2 ? ' m.fl.' : '');
}
