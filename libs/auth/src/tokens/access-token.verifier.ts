import { Inject, Injectable } from '@nestjs/common';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import { UnauthenticatedError } from '../auth.errors';
import { AUTH_OPTIONS, type AuthOptions } from '../auth.options';
import type { Principal } from '../principal';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_TYPE,
  accessTokenClaimsSchema,
  principalFromClaims,
} from './access-token.claims';

/** Checks an access token's signature (identity's JWKS), issuer, audience (this service) and expiry. */
@Injectable()
export class AccessTokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(@Inject(AUTH_OPTIONS) private readonly options: AuthOptions) {
    this.keys =
      'jwksUrl' in options.keys
        ? createRemoteJWKSet(new URL(options.keys.jwksUrl), {
            cacheMaxAge: 10 * 60_000,
            cooldownDuration: 30_000,
          })
        : createLocalJWKSet(options.keys.jwks);
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        algorithms: [ACCESS_TOKEN_ALGORITHM],
        typ: ACCESS_TOKEN_TYPE,
        issuer: this.options.issuer,
        audience: this.options.audience,
        requiredClaims: ['exp', 'iat', 'sub'],
        clockTolerance: 5,
      });
      return principalFromClaims(accessTokenClaimsSchema.parse(payload));
    } catch (error) {
      throw new UnauthenticatedError(reasonOf(error));
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return 'The access token has expired: log in again';
  if (error instanceof errors.JWTClaimValidationFailed)
    return error.claim === 'aud'
      ? 'The access token is not meant for this service'
      : `The access token's "${error.claim}" claim is not accepted`;
  return 'The access token is not valid';
}
