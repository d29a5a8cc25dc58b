import { REQUEST_ID_HEADER } from '@bvr/service-kit';
import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { upstreamUnavailableBody } from '../proxy/gateway-errors';
import type { SessionAccessTokens } from './access-tokens';

/** Under the API prefix, so the public rate limit applies to callers without a session. */
export const SESSION_PROBE_PATH = '/api/session';

/** The probe's answer: nobody, or the person of this browser's session as identity's `GET /me` sees them. */
export type SessionProbeBody =
  | { authenticated: false }
  | { authenticated: true; user: unknown };

const ANONYMOUS: SessionProbeBody = { authenticated: false };
const IDENTITY_AUDIENCE = 'identity';
/** A hanging identity must not hold every page's start-up: past this the SPA shows it as unavailable. */
const PROBE_TIMEOUT_MS = 10_000;

const logger = new Logger('SessionProbe');

/**
 * `GET /api/session`: whether this browser is logged in, always 200 so that a public page logs no
 * failed request. It looks only at the session cookie (never at an Authorization header) and answers
 * with the session's own profile, fetched from identity with the session's access token.
 */
export function mountSessionProbe(
  app: INestApplication,
  options: {
    identityUrl: string;
    sessionCookie: string;
    tokens: SessionAccessTokens;
  },
): void {
  app.use(
    SESSION_PROBE_PATH,
    async (req: Request, res: Response, next: NextFunction) => {
      if (req.path !== '/' || (req.method !== 'GET' && req.method !== 'HEAD'))
        return next();
      res.set('Cache-Control', 'no-store');
      const session = (req.cookies as Record<string, string> | undefined)?.[
        options.sessionCookie
      ];
      if (!session) return void res.json(ANONYMOUS);
      try {
        res.json(await probe(session, req, options));
      } catch (error) {
        logger.warn(
          { reason: (error as Error).message },
          'identity did not answer the session probe',
        );
        res.status(502).json(upstreamUnavailableBody(IDENTITY_AUDIENCE));
      }
    },
  );
}

async function probe(
  session: string,
  req: Request,
  options: { identityUrl: string; tokens: SessionAccessTokens },
): Promise<SessionProbeBody> {
  const token = await options.tokens.tokenFor(session, IDENTITY_AUDIENCE);
  if (!token) return ANONYMOUS;
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    accept: 'application/json',
  };
  const requestId = req.headers[REQUEST_ID_HEADER];
  if (typeof requestId === 'string') headers[REQUEST_ID_HEADER] = requestId;
  const response = await fetch(new URL('/me', options.identityUrl), {
    headers,
    signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
  });
  // The token outlived the session (logged out elsewhere): nobody is logged in here either.
  if (response.status === 401) return ANONYMOUS;
  if (!response.ok) throw new Error(`GET /me answered ${response.status}`);
  return { authenticated: true, user: await response.json() };
}
