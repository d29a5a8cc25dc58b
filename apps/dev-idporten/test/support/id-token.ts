import { createPublicKey, JsonWebKey, verify } from 'node:crypto';

export interface IdTokenClaims {
  iss: string;
  aud: string | string[];
  sub: string;
  nonce?: string;
  acr?: string;
  amr?: string[];
  pid?: string;
  exp: number;
  iat: number;
  [claim: string]: unknown;
}

const decodePart = (part: string) =>
  JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;

/**
 * Verifies an RS256 id_token against the provider's JWKS with node:crypto (no ESM-only jose in
 * jest) and returns its claims. Checks signature and expiry; the caller checks the rest.
 */
export async function verifyIdToken(
  idToken: string,
  jwksUri: string,
): Promise<IdTokenClaims> {
  const [header, payload, signature] = idToken.split('.');
  const { alg, kid } = decodePart(header);
  if (alg !== 'RS256') throw new Error(`unexpected alg ${String(alg)}`);
  const { keys } = (await (await fetch(jwksUri)).json()) as {
    keys: (JsonWebKey & { kid?: string })[];
  };
  const jwk = keys.find((key) => key.kid === kid);
  if (!jwk) throw new Error(`no key ${String(kid)} in the JWKS`);
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) throw new Error('id_token signature does not verify');
  const claims = decodePart(payload) as IdTokenClaims;
  if (claims.exp * 1000 < Date.now()) throw new Error('id_token expired');
  return claims;
}
