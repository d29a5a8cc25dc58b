import { type Grant, parseGrant } from '@bvr/contracts';
import { z } from 'zod';
import { Principal } from '../principal';

/** What identity puts in an access token besides iss, aud, iat, exp and jti. No fødselsnummer: tokens travel far. */
export const accessTokenClaimsSchema = z.object({
  /** A user id (uuid) or `client:<machine client id>`. */
  sub: z.string().min(1).max(200),
  kind: z.enum(['person', 'machine']),
  name: z.string().max(200).nullish(),
  /** Grants in compact form, e.g. `unit-reporter@unit:4601`. */
  grants: z.array(z.string().max(200)).max(500),
  /** The organisation number of a machine client. */
  org: z
    .string()
    .regex(/^\d{9}$/)
    .nullish(),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;

export function principalFromClaims(claims: AccessTokenClaims): Principal {
  const grants = claims.grants
    .map(parseGrant)
    .filter((grant): grant is Grant => grant !== null);
  return new Principal(
    claims.sub,
    claims.kind,
    claims.name ?? null,
    grants,
    claims.org ?? null,
  );
}

/** Access tokens are ES256 JWTs; nothing else is accepted. */
export const ACCESS_TOKEN_ALGORITHM = 'ES256';
export const ACCESS_TOKEN_TYPE = 'at+jwt';
