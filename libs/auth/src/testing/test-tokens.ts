import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  exportJWK,
  generateKeyPair,
  type CryptoKey,
  type JSONWebKeySet,
  SignJWT,
} from 'jose';
import type { AuthOptions } from '../auth.options';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_TYPE,
  type AccessTokenClaims,
} from '../tokens/access-token.claims';

export interface TestTokenInput {
  audience: string;
  /** Compact grants, e.g. `statsforvalter-caseworker@office:sf-vestland`. */
  grants?: string[];
  sub?: string;
  kind?: AccessTokenClaims['kind'];
  name?: string;
  org?: string;
  /** Seconds from now; negative for an expired token. Default 300. */
  expiresIn?: number;
}

/** Signs access tokens the way identity does, with a key of its own, for service tests. */
export class TestTokens {
  static readonly ISSUER = 'http://identity.test';

  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly keySet: JSONWebKeySet,
    readonly issuer: string,
  ) {}

  static async create(issuer = TestTokens.ISSUER): Promise<TestTokens> {
    const { privateKey, publicKey } = await generateKeyPair(
      ACCESS_TOKEN_ALGORITHM,
      { extractable: true },
    );
    const jwk = {
      ...(await exportJWK(publicKey)),
      kid: 'test-key',
      alg: ACCESS_TOKEN_ALGORITHM,
      use: 'sig',
    };
    return new TestTokens(privateKey, { keys: [jwk] }, issuer);
  }

  jwks(): JSONWebKeySet {
    return this.keySet;
  }

  authOptions(audience: string): AuthOptions {
    return { audience, issuer: this.issuer, keys: { jwks: this.keySet } };
  }

  async sign(input: TestTokenInput): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      kind: input.kind ?? 'person',
      name: input.name ?? 'Test Person',
      grants: input.grants ?? [],
      ...(input.org ? { org: input.org } : {}),
    })
      .setProtectedHeader({
        alg: ACCESS_TOKEN_ALGORITHM,
        typ: ACCESS_TOKEN_TYPE,
        kid: 'test-key',
      })
      .setIssuer(this.issuer)
      .setAudience(input.audience)
      .setSubject(input.sub ?? randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + (input.expiresIn ?? 300))
      .setJti(randomUUID())
      .sign(this.privateKey);
  }

  /** An `authorization` header value. */
  async bearer(input: TestTokenInput): Promise<string> {
    return `Bearer ${await this.sign(input)}`;
  }
}

/** Publishes a key set over HTTP, for a service under test in a child process (`AUTH_JWKS_URL`). */
export async function serveJwks(
  jwks: JSONWebKeySet,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
