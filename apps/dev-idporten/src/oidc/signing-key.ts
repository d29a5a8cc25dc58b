import { generateKeyPair, hash } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * A fresh RS256 key per start, as a private JWK with `kid` (its RFC 7638 thumbprint), `alg` and `use`.
 * Tokens signed before a restart no longer verify: clients re-read the JWKS, as with a key rollover.
 */
export async function generateSigningKey(): Promise<Record<string, unknown>> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: 2048,
  });
  const jwk = privateKey.export({ format: 'jwk' });
  const thumbprint = hash(
    'sha256',
    JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }),
    'base64url',
  );
  return { ...jwk, kid: thumbprint, alg: 'RS256', use: 'sig' };
}
