import { formatGrant } from '@bvr/contracts';
import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@bvr/auth';
import type { Request } from 'express';
import { IdentityConfig } from '../../config/env';
import { RoleGrants } from '../grants/role-grants.service';
import {
  AccessTokenIssuer,
  type IssuedToken,
} from '../tokens/access-token.issuer';
import { isRegistered, UserDirectory } from '../users/user-directory.service';

/** Access tokens for a logged-in browser session: the user's current grants, for one service. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly config: IdentityConfig,
    private readonly users: UserDirectory,
    private readonly grants: RoleGrants,
    private readonly issuer: AccessTokenIssuer,
  ) {}

  async forSession(req: Request, audience: string): Promise<IssuedToken> {
    const login = req.session?.passport?.user;
    if (!login) throw new UnauthenticatedError('Not logged in');
    const maxAgeMs = this.config.env.SESSION_MAX_HOURS * 3600_000;
    if (Date.now() - login.loginAt > maxAgeMs) {
      await new Promise<void>((resolve) =>
        req.session.destroy(() => resolve()),
      );
      throw new UnauthenticatedError('The login has expired: log in again');
    }
    const user = await this.users.get(login.userId);
    const grants = await this.grants.liveGrantsOf(user.id);
    return this.issuer.issue(audience, {
      sub: user.id,
      kind: 'person',
      name: user.name,
      grants: grants.map(formatGrant),
    });
  }

  async isRegistered(userId: string): Promise<boolean> {
    return isRegistered(await this.users.get(userId));
  }
}
