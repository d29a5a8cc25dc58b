import { usesHttps } from '@bvr/contracts';
import { PublicRoute } from '@bvr/service-kit';
import {
  Controller,
  Get,
  HttpCode,
  Next,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { IdentityConfig } from '../../config/env';
import { loginFailedPage } from './login-pages';
import { LoginFlow } from './login-flow.service';
import { SessionTokens } from './session-tokens.service';
import { safeReturnPath } from './return-path';
import { sessionCookieOf } from './session';

/**
 * The browser's login and logout, reached through the gateway on the SPA's origin. `/auth/token`
 * is for the gateway only (it does not proxy it): it turns the session cookie into an access token.
 */
@ApiExcludeController()
@PublicRoute()
@Controller('auth')
export class LoginHttpController {
  constructor(
    private readonly config: IdentityConfig,
    private readonly flow: LoginFlow,
    private readonly tokens: SessionTokens,
  ) {}

  @Get('login')
  async login(
    @Query('returnTo') returnTo: unknown,
    @Req() req: Request,
    @Res() res: Response,
    @Next() next: NextFunction,
  ): Promise<void> {
    req.session.returnTo = safeReturnPath(returnTo);
    await this.flow.begin(req, res, next);
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!('code' in req.query) && !('error' in req.query)) {
      res.status(400).type('html').send(loginFailedPage('failed'));
      return;
    }
    const returnTo = safeReturnPath(req.session.returnTo);
    const outcome = await this.flow.complete(req, res);
    if (!outcome.ok) {
      res
        .status(outcome.reason === 'denied' ? 200 : 401)
        .type('html')
        .send(loginFailedPage(outcome.reason, returnTo));
      return;
    }
    const registered = await this.tokens.isRegistered(outcome.session.userId);
    res.redirect(
      303,
      registered
        ? returnTo
        : `/registrering?returnTo=${encodeURIComponent(returnTo)}`,
    );
  }

  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    const login = req.session.passport?.user;
    const redirectTo =
      (login && (await this.flow.endSessionUrl(login.idToken))) ?? '/';
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(sessionCookieOf(this.config.env), {
      path: '/',
      secure: usesHttps(this.config.env.PUBLIC_URL),
    });
    res.json({ redirectTo });
  }

  @Get('token')
  async token(@Query('audience') audience: unknown, @Req() req: Request) {
    return this.tokens.forSession(req, String(audience ?? ''));
  }
}
