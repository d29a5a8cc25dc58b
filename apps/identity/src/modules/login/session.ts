import { sessionCookieName, usesHttps } from '@bvr/contracts';
import type { INestApplication } from '@nestjs/common';
import RedisStore from 'connect-redis';
import session from 'express-session';
import type { Redis } from 'ioredis';
import type { Env } from '../../config/env';

/** What a logged-in session holds. The browser only ever sees the signed session id. */
export interface LoginSession {
  userId: string;
  /** For the provider's end-session (logout). */
  idToken: string;
  acr: string;
  /** Epoch ms; sessions end SESSION_MAX_HOURS after login whatever the activity. */
  loginAt: number;
}

declare module 'express-session' {
  interface SessionData {
    returnTo?: string;
    passport?: { user?: LoginSession };
  }
}

export const sessionCookieOf = (env: Env) =>
  sessionCookieName(usesHttps(env.PUBLIC_URL));

/**
 * Sessions live in Redis under the service's prefix and only on the `/auth` routes. The cookie is a
 * browser session cookie; the idle timeout is the store's TTL, renewed on each request.
 */
export function installSessions(
  app: INestApplication,
  env: Env,
  redis: Redis,
): void {
  const express = app.getHttpAdapter().getInstance();
  // The gateway is the only way in; it says whether the browser used https.
  express.set('trust proxy', 1);
  app.use(
    '/auth',
    session({
      name: sessionCookieOf(env),
      secret: env.SESSION_SECRET,
      store: new RedisStore({
        client: redis,
        prefix: `${env.QUEUE_PREFIX}:session:`,
        ttl: env.SESSION_IDLE_MINUTES * 60,
      }),
      resave: false,
      saveUninitialized: false,
      proxy: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: usesHttps(env.PUBLIC_URL),
        path: '/',
      },
    }),
  );
}
