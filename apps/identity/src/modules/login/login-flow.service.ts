import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import * as client from 'openid-client';
import { Passport } from 'passport';
import { IdentityConfig } from '../../config/env';
import { UserDirectory } from '../users/user-directory.service';
import { IdportenStrategy } from './idporten.strategy';
import { OidcConfiguration } from './oidc-configuration';
import type { LoginSession } from './session';

const STRATEGY = 'idporten';

export type LoginOutcome =
  | { ok: true; session: LoginSession }
  | { ok: false; reason: 'level' | 'denied' | 'failed' };

/** The OpenID Connect code flow against ID-porten (or any provider given its issuer), through passport. */
@Injectable()
export class LoginFlow {
  private readonly logger = new Logger(LoginFlow.name);
  private readonly passport = new Passport();
  private readonly initialize = this.passport.initialize();
  private strategyReady: Promise<void> | null = null;

  constructor(
    private readonly config: IdentityConfig,
    private readonly oidc: OidcConfiguration,
    private readonly users: UserDirectory,
  ) {
    this.passport.serializeUser((user, done) => done(null, user));
    this.passport.deserializeUser((user, done) => done(null, user as never));
  }

  /** Redirects the browser to the provider; state, nonce and the PKCE verifier go into the session. */
  async begin(req: Request, res: Response, next: NextFunction): Promise<void> {
    await this.ready(req, res);
    this.passport.authenticate(STRATEGY)(req, res, next);
  }

  /** Checks the callback (state, nonce, PKCE, `iss`, signature, level) and logs the user in on a new session id. */
  async complete(req: Request, res: Response): Promise<LoginOutcome> {
    await this.ready(req, res);
    const session = await new Promise<LoginSession | false>((resolve, reject) =>
      this.passport.authenticate(
        STRATEGY,
        (
          error: unknown,
          user: LoginSession | false,
          info?: { message?: string },
        ) => {
          if (error) return reject(error);
          if (!user && info?.message)
            this.logger.warn(`login refused: ${info.message}`);
          resolve(user);
        },
      )(req, res, reject),
    ).catch((error: unknown) => {
      this.logger.warn(`login failed: ${(error as Error).message}`);
      return null;
    });
    if (session === null) return { ok: false, reason: 'failed' };
    if (session === false)
      return {
        ok: false,
        reason: req.query['error'] === 'access_denied' ? 'denied' : 'level',
      };
    // passport regenerates the session on login: a session id seen before login is worth nothing after.
    await new Promise<void>((resolve, reject) =>
      req.login(session, (error) => (error ? reject(error) : resolve())),
    );
    return { ok: true, session };
  }

  /** The provider's end-session URL for this login, or null when it has none. */
  async endSessionUrl(idToken: string): Promise<string | null> {
    const configuration = await this.oidc.get();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client
      .buildEndSessionUrl(configuration, {
        id_token_hint: idToken,
        post_logout_redirect_uri: new URL('/', this.config.env.PUBLIC_URL).href,
      })
      .toString();
  }

  private async ready(req: Request, res: Response): Promise<void> {
    this.strategyReady ??= this.register().catch((error) => {
      this.strategyReady = null;
      throw error;
    });
    await this.strategyReady;
    await new Promise<void>((resolve) =>
      this.initialize(req, res, () => resolve()),
    );
  }

  private async register(): Promise<void> {
    const { env } = this.config;
    const strategy = new IdportenStrategy(
      {
        config: await this.oidc.get(),
        scope: 'openid',
        callbackURL: new URL('/auth/callback', env.PUBLIC_URL).href,
      },
      (req, tokens, done) => {
        const claims = tokens.claims();
        const acr = typeof claims?.acr === 'string' ? claims.acr : '';
        if (!claims || !acceptedLevels(env.OIDC_ACR).includes(acr))
          return done(null, false, {
            message: `level of assurance "${acr}" is below ${env.OIDC_ACR}`,
          });
        const pid =
          typeof claims['pid'] === 'string' && /^\d{11}$/.test(claims['pid'])
            ? claims['pid']
            : null;
        this.users
          .recordLogin({ pid, subject: `${claims.iss} ${claims.sub}` })
          .then((user) =>
            done(null, {
              userId: user.id,
              idToken: tokens.id_token as string,
              acr,
              loginAt: Date.now(),
            } satisfies LoginSession),
          )
          .catch((error) => done(error));
      },
      env.OIDC_ACR,
    );
    this.passport.use(STRATEGY, strategy);
  }
}

/** A login at a higher level than asked for is accepted; a lower one is not. */
export function acceptedLevels(required: string): string[] {
  return required === 'idporten-loa-high'
    ? ['idporten-loa-high']
    : ['idporten-loa-substantial', 'idporten-loa-high'];
}
