import type { Role, Scope } from '@bvr/contracts';
import { isRole } from './grant-labels';

/** One role the person holds, with the data scope it is granted for. */
export interface UserGrant {
  readonly id: string;
  readonly role: Role;
  readonly scope: Scope;
}

/** The logged-in person, as returned by `GET /api/identity/me` (also inside `GET /api/session`) and `PUT /api/identity/me`. */
export interface Me {
  readonly id: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  /** False until the person has given work e-mail and phone ("Start registrering"). */
  readonly registered: boolean;
  readonly grants: readonly UserGrant[];
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const isId = (value: unknown): value is string =>
  typeof value === 'string' && value !== '';

function toScope(value: unknown): Scope | null {
  if (!isObject(value)) return null;
  const { type, id } = value;
  if (type === 'national') return { type };
  if ((type === 'unit' || type === 'office' || type === 'county') && isId(id))
    return { type, id };
  return null;
}

function toGrant(value: unknown): UserGrant | null {
  if (!isObject(value) || !isId(value['id']) || !isRole(value['role']))
    return null;
  const scope = toScope(value['scope']);
  return scope ? { id: value['id'], role: value['role'], scope } : null;
}

/** Narrows an untrusted response body to a Me, or null if it is not one; unknown grants are left out. */
export function toMe(body: unknown): Me | null {
  if (!isObject(body) || !isId(body['id'])) return null;
  const grants = Array.isArray(body['grants']) ? body['grants'] : [];
  return {
    id: body['id'],
    name: optionalText(body['name']),
    email: optionalText(body['email']),
    phone: optionalText(body['phone']),
    registered: body['registered'] === true,
    grants: grants
      .map(toGrant)
      .filter((grant): grant is UserGrant => grant !== null),
  };
}
