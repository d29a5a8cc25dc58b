import { Role, formatGrant } from '@bvr/contracts';
import { InjectRedis } from '@bvr/service-kit';
import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { decodeJwt, errors, importJWK, jwtVerify } from 'jose';
import { IdentityConfig } from '../../config/env';
import { AccessTokenIssuer } from '../tokens/access-token.issuer';
import {
  InvalidAssertionError,
  UnknownClientError,
} from './machine-client.errors';
import {
  ASSERTION_ALGORITHMS,
  MachineClients,
} from './machine-clients.service';

/** Maskinporten's limits: an assertion lives at most 120 s and its iat is within 10 s of our clock. */
const MAX_LIFETIME_S = 120;
const CLOCK_SKEW_S = 10;

/** The JWT-bearer grant: a signed assertion from a registered case system becomes an access token for its kommune. */
@Injectable()
export class MachineTokens {
  constructor(
    private readonly config: IdentityConfig,
    private readonly clients: MachineClients,
    private readonly issuer: AccessTokenIssuer,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async exchange(assertion: string) {
    const clientId = issuerOf(assertion);
    const client = await this.clients.active(clientId);
    if (!client)
      throw new UnknownClientError(
        'The assertion is from an unknown or revoked client',
      );
    const payload = await this.verify(assertion, clientId, client.publicJwk);
    await this.claimJti(clientId, payload.jti as string, payload.exp as number);
    const audience = String(payload['scope'] ?? '').trim();
    const token = await this.issuer.issue(audience, {
      sub: `client:${client.id}`,
      kind: 'machine',
      name: client.name,
      grants: [
        formatGrant({
          role: Role.MACHINE_REPORTER,
          scope: { type: 'unit', id: client.unitId },
        }),
      ],
      org: client.orgNumber,
    });
    return {
      access_token: token.accessToken,
      token_type: token.tokenType,
      expires_in: token.expiresIn,
      scope: audience,
    };
  }

  private async verify(assertion: string, clientId: string, jwk: object) {
    const now = Math.floor(Date.now() / 1000);
    try {
      const { payload } = await jwtVerify(
        assertion,
        (header) => importJWK(jwk, header.alg),
        {
          algorithms: ASSERTION_ALGORITHMS,
          issuer: clientId,
          audience: this.config.env.TOKEN_ISSUER,
          requiredClaims: ['iat', 'exp', 'jti', 'scope'],
          clockTolerance: CLOCK_SKEW_S,
        },
      );
      const iat = payload.iat as number;
      if (Math.abs(iat - now) > CLOCK_SKEW_S)
        throw new InvalidAssertionError(
          `iat must be within ${CLOCK_SKEW_S} s of now`,
        );
      if ((payload.exp as number) - iat > MAX_LIFETIME_S)
        throw new InvalidAssertionError(
          `exp must be at most ${MAX_LIFETIME_S} s after iat`,
        );
      return payload;
    } catch (error) {
      if (error instanceof InvalidAssertionError) throw error;
      throw new InvalidAssertionError(reasonOf(error));
    }
  }

  /** A jti is accepted once; it is remembered until the assertion could no longer be valid anyway. */
  private async claimJti(clientId: string, jti: string, exp: number) {
    const ttl = Math.max(exp + CLOCK_SKEW_S - Math.floor(Date.now() / 1000), 1);
    const key = `${this.config.env.QUEUE_PREFIX}:assertion-jti:${clientId}:${jti}`;
    const claimed = await this.redis.set(key, '1', 'EX', ttl, 'NX');
    if (claimed !== 'OK')
      throw new InvalidAssertionError(
        'This assertion (jti) has been used before',
      );
  }
}

function issuerOf(assertion: string): string {
  try {
    const iss = decodeJwt(assertion).iss;
    if (typeof iss === 'string' && iss.length > 0) return iss;
  } catch {
    // reported below
  }
  throw new InvalidAssertionError(
    'The assertion is not a JWT with an iss (client id)',
  );
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The assertion has expired';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The assertion's "${error.claim}" claim is not accepted (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed)
    return `Sign the assertion with one of ${ASSERTION_ALGORITHMS.join(', ')}`;
  return 'The assertion signature does not verify with the registered key';
}
