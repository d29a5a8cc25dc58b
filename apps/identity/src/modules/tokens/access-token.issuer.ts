import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_TYPE,
  type AccessTokenClaims,
} from '@bvr/auth';
import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { IdentityConfig } from '../../config/env';
import { UnknownAudienceError } from './token.errors';
import { SigningKeys } from './signing-keys.service';

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/** Signs short-lived ES256 access tokens for one service (`aud`) at a time. */
@Injectable()
export class AccessTokenIssuer {
  constructor(
    private readonly config: IdentityConfig,
    private readonly keys: SigningKeys,
  ) {}

  async issue(
    audience: string,
    claims: AccessTokenClaims,
  ): Promise<IssuedToken> {
    const { env } = this.config;
    if (!env.TOKEN_AUDIENCES.includes(audience))
      throw new UnknownAudienceError(
        `No access tokens are issued for "${audience}" (known: ${env.TOKEN_AUDIENCES.join(', ')})`,
      );
    const { kid, key } = this.keys.current();
    const { sub, ...rest } = claims;
    const accessToken = await new SignJWT(rest)
      .setProtectedHeader({
        alg: ACCESS_TOKEN_ALGORITHM,
        typ: ACCESS_TOKEN_TYPE,
        kid,
      })
      .setIssuer(env.TOKEN_ISSUER)
      .setAudience(audience)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime(`${env.ACCESS_TOKEN_TTL_SECONDS}s`)
      .setJti(randomUUID())
      .sign(key);
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: env.ACCESS_TOKEN_TTL_SECONDS,
    };
  }
}
