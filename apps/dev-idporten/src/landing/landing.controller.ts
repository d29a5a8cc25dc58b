import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DEV_IDPORTEN, DevIdporten } from '../dev-idporten';
import { pageHeaders } from '../pages/layout';
import { renderLandingPage } from '../pages/landing-page';

/** `GET /`: the page `npm start` points developers to. */
@ApiExcludeController()
@Controller()
export class LandingController {
  constructor(@Inject(DEV_IDPORTEN) private readonly idporten: DevIdporten) {}

  /** Browsers ask for it on every page; an empty answer keeps their consoles clean. */
  @Get('favicon.ico')
  @HttpCode(204)
  favicon(): void {
    // nothing to send
  }

  @Get()
  show(@Res() res: Response): void {
    const { env, persons, csp } = this.idporten;
    res
      .status(200)
      .set(pageHeaders(csp))
      .type('html')
      .send(
        renderLandingPage({
          issuer: env.ISSUER,
          clientId: env.CLIENT_ID,
          redirectUris: env.REDIRECT_URIS,
          persons,
        }),
      );
  }
}
