import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { SessionAccessTokens } from './access-tokens';

/** Identity's browser routes. `/auth/token` is deliberately absent: only the gateway asks for tokens. */
const BROWSER_ROUTES = new Set(['GET /login', 'GET /callback', 'POST /logout']);

/**
 * `/auth/*` goes to identity with the session cookie (and only that cookie); identity's Set-Cookie
 * comes back unchanged, so the cookie belongs to this origin.
 */
export function mountAuthProxy(
  app: INestApplication,
  options: {
    identityUrl: string;
    sessionCookie: string;
    tokens: SessionAccessTokens;
    /** Whether the browser reaches us over HTTPS: identity sets a Secure cookie only then. */
    https: boolean;
  },
): void {
  const { sessionCookie, tokens } = options;
  app.use('/auth', (req: Request, res: Response, next: NextFunction) => {
    if (!BROWSER_ROUTES.has(`${req.method} ${req.path}`)) {
      res.status(404).json({ message: 'Ukjent side under /auth.' });
      return;
    }
    const session = (req.cookies as Record<string, string>)[sessionCookie];
    if (session && req.path === '/logout') tokens.forget(session);
    next();
  });
  app.use(
    '/auth',
    createProxyMiddleware({
      target: new URL('/auth', options.identityUrl).href,
      changeOrigin: true,
      on: {
        proxyReq: (proxyReq: ClientRequest, req: IncomingMessage) => {
          keepOnlySessionCookie(proxyReq, req as Request, sessionCookie);
          proxyReq.setHeader(
            'x-forwarded-proto',
            options.https ? 'https' : 'http',
          );
        },
      },
    }),
  );
}

function keepOnlySessionCookie(
  proxyReq: ClientRequest,
  req: Request,
  name: string,
): void {
  const value = (req.cookies as Record<string, string>)[name];
  if (value)
    proxyReq.setHeader('cookie', `${name}=${encodeURIComponent(value)}`);
  else proxyReq.removeHeader('cookie');
}
