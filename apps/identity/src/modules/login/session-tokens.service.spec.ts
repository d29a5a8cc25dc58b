import { UnauthenticatedError } from '@bvr/auth';
import type { Request } from 'express';
import type { IdentityConfig } from '../../config/env';
import type { RoleGrants } from '../grants/role-grants.service';
import type { AccessTokenIssuer } from '../tokens/access-token.issuer';
import type { UserDirectory } from '../users/user-directory.service';
import { SessionTokens } from './session-tokens.service';

const HOUR = 3600_000;

describe('access tokens for a browser session', () => {
  const issued: unknown[] = [];
  const tokens = new SessionTokens(
    { env: { SESSION_MAX_HOURS: 12 } } as IdentityConfig,
    {
      get: async (id: string) => ({ id, name: 'Kari Nordmann' }),
    } as unknown as UserDirectory,
    {
      liveGrantsOf: async () => [
        { role: 'unit-reporter', scope: { type: 'unit', id: '4601' } },
      ],
    } as unknown as RoleGrants,
    {
      issue: async (audience: string, claims: unknown) => {
        issued.push({ audience, claims });
        return { accessToken: 'signed', tokenType: 'Bearer', expiresIn: 300 };
      },
    } as unknown as AccessTokenIssuer,
  );
  const requestWith = (loginAt: number | null) => {
    const destroyed = { yes: false };
    const req = {
      session: {
        passport:
          loginAt === null ? undefined : { user: { userId: 'u-1', loginAt } },
        destroy: (done: () => void) => {
          destroyed.yes = true;
          done();
        },
      },
    } as unknown as Request;
    return { req, destroyed };
  };

  it("issues the user's current grants, for one service", async () => {
    await tokens.forSession(requestWith(Date.now() - HOUR).req, 'workflow');
    expect(issued.at(-1)).toEqual({
      audience: 'workflow',
      claims: {
        sub: 'u-1',
        kind: 'person',
        name: 'Kari Nordmann',
        grants: ['unit-reporter@unit:4601'],
      },
    });
  });

  it('ends a session older than SESSION_MAX_HOURS, however active', async () => {
    const { req, destroyed } = requestWith(Date.now() - 13 * HOUR);
    await expect(tokens.forSession(req, 'workflow')).rejects.toThrow(
      new UnauthenticatedError('The login has expired: log in again'),
    );
    expect(destroyed.yes).toBe(true);
  });

  it('refuses a session without a login', async () => {
    await expect(
      tokens.forSession(requestWith(null).req, 'workflow'),
    ).rejects.toThrow(UnauthenticatedError);
  });
});
