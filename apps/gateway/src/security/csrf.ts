import { ErrorCode, XSRF_COOKIE, XSRF_HEADER } from '@bvr/contracts';
import type { NextFunction, Request, Response } from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { GatewayErrorBody } from '../proxy/gateway-errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  publicOrigin: string;
  secret: string;
  sessionCookie: string;
  secureCookies: boolean;
}

/**
 * Cross-site request forgery: a state-changing request that rides on the session cookie must come
 * from our own origin (Origin, or Sec-Fetch-Site when a browser sends no Origin) and carry the CSRF
 * token, which is an HMAC of the session cookie (so a cookie planted by a neighbour site is useless).
 * The SPA gets the token in the `XSRF-TOKEN` cookie and Angular echoes it in `X-XSRF-TOKEN`.
 * Requests without a session cookie carry no ambient authority and are not checked.
 */
export function csrfProtection(options: CsrfOptions) {
  const tokenOf = (session: string) =>
    createHmac('sha256', options.secret).update(session).digest('base64url');

  return (req: Request, res: Response, next: NextFunction): void => {
    const session = (req.cookies as Record<string, string> | undefined)?.[
      options.sessionCookie
    ];
    if (!session) return next();
    const expected = tokenOf(session);
    if (req.cookies[XSRF_COOKIE] !== expected)
      res.cookie(XSRF_COOKIE, expected, {
        httpOnly: false,
        sameSite: 'lax',
        secure: options.secureCookies,
        path: '/',
      });
    if (SAFE_METHODS.has(req.method)) return next();
    if (!fromOwnOrigin(req, options.publicOrigin))
      return refuse(
        res,
        'Forespørselen kom fra et annet nettsted og ble avvist.',
      );
    if (!sameToken(req.get(XSRF_HEADER), expected))
      return refuse(
        res,
        'Sikkerhetsnøkkelen mangler eller er utløpt. Last siden på nytt og prøv igjen.',
      );
    next();
  };
}

function fromOwnOrigin(req: Request, publicOrigin: string): boolean {
  const origin = req.get('origin');
  if (origin) return origin === publicOrigin;
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const referer = req.get('referer');
  return referer && URL.canParse(referer)
    ? new URL(referer).origin === publicOrigin
    : false;
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(res: Response, message: string): void {
  const body: GatewayErrorBody = {
    message,
    code: ErrorCode.CROSS_SITE_REQUEST,
  };
  res.status(403).json(body);
}
