import { sessionCookieName, usesHttps } from '@bvr/contracts';
import { REDIS_CONNECTION, type ServiceDefinition } from '@bvr/service-kit';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { Redis } from 'ioredis';
import { gatewayModule } from './app.module';
import { Env, readEnv } from './config/env';
import { API_PREFIX, mountApiProxy } from './proxy/api-proxy';
import { upstreamsFrom } from './proxy/upstreams';
import { CASE_SYSTEM, recognizeCaseSystems } from './security/case-systems';
import { csrfProtection } from './security/csrf';
import { rateLimiter } from './security/rate-limits';
import { securityHeaders } from './security/security-headers';
import { SessionAccessTokens } from './session/access-tokens';
import { mountAuthProxy } from './session/auth-proxy';
import { mountSessionProbe } from './session/session-probe';
import { mountSpa } from './spa/spa';

export const gatewayService: ServiceDefinition<Env> = {
  name: 'gateway',
  description:
    "The browser's single origin: serves the SPA, holds the session cookie, sets the security headers, tells the SPA who is logged in (GET /api/session) and proxies /api/<service>/… with the session's access token.",
  loadEnv: readEnv,
  module: gatewayModule,
  // The gateway reads no request bodies itself; proxied ones must reach the services as sent.
  bodyParser: false,
  // Handlers added with app.use run in this order, after the request id and before Nest's own
  // middleware and routes (/health, /docs), which Nest registers when the app starts.
  configure: (app, env) => {
    const https = usesHttps(env.PUBLIC_URL);
    const sessionCookie = sessionCookieName(https);
    const redis = app.get<Redis>(REDIS_CONNECTION);
    const tokens = new SessionAccessTokens(env.IDENTITY_URL, sessionCookie);
    app.use(cookieParser());
    app.use(securityHeaders({ hsts: env.NODE_ENV !== 'development' }));
    app.use(
      csrfProtection({
        publicOrigin: new URL(env.PUBLIC_URL).origin,
        secret: env.CSRF_SECRET,
        sessionCookie,
        secureCookies: https,
      }),
    );
    app.use(
      ['/auth/login', '/auth/callback'],
      rateLimiter(redis, env.QUEUE_PREFIX, 'login', env.LOGIN_RATE_LIMIT),
    );
    app.use(
      API_PREFIX,
      recognizeCaseSystems(Object.keys(upstreamsFrom(env)), {
        issuer: env.AUTH_ISSUER ?? env.IDENTITY_URL,
        jwksUrl: env.AUTH_JWKS_URL,
      }),
    );
    app.use(
      API_PREFIX,
      rateLimiter(
        redis,
        env.QUEUE_PREFIX,
        'public',
        env.PUBLIC_RATE_LIMIT,
        (req, res) =>
          Boolean(req.cookies?.[sessionCookie] || res.locals[CASE_SYSTEM]),
      ),
    );
    app.use(
      API_PREFIX,
      rateLimiter(
        redis,
        env.QUEUE_PREFIX,
        'case-system',
        env.CASE_SYSTEM_RATE_LIMIT,
        (_req, res) => !res.locals[CASE_SYSTEM],
        (_req, res) => res.locals[CASE_SYSTEM],
      ),
    );
    app.use(
      `${API_PREFIX}/bekymringsmelding/meldinger`,
      rateLimiter(
        redis,
        env.QUEUE_PREFIX,
        'concern-intake',
        env.CONCERN_INTAKE_RATE_LIMIT,
        (req) => req.method !== 'POST',
      ),
    );
    mountAuthProxy(app, {
      identityUrl: env.IDENTITY_URL,
      sessionCookie,
      tokens,
      https,
    });
    mountSessionProbe(app, {
      identityUrl: env.IDENTITY_URL,
      sessionCookie,
      tokens,
    });
    mountApiProxy(app, upstreamsFrom(env), {
      sessionCookie,
      audiences: env.TOKEN_AUDIENCES,
      tokens,
    });
    mountSpa(app as NestExpressApplication, env.WEB_ROOT);
  },
};
