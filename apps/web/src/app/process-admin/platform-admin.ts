import type { Role } from '@bvr/contracts';

/** True when one of the grants is `platform-admin` (the role has no scope that matters here). */
export function isPlatformAdmin(
  grants: readonly { readonly role: Role }[],
): boolean {
  return grants.some((grant) => grant.role === 'platform-admin');
}
