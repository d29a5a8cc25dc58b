import {
  Controller,
  Get,
  HttpStatus,
  Inject,
  Logger,
  Param,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { errors, type Interaction } from 'oidc-provider';
import { DEV_IDPORTEN, DevIdporten } from '../dev-idporten';
import { pageHeaders } from '../pages/layout';
import { renderLoginPage } from '../pages/login-page';
import { renderErrorPage } from '../pages/provider-pages';
import {
  LoginFormError,
  LoginFormValues,
  parseLoginForm,
  requestedAcr,
} from './login-form';

/**
 * The login step of oidc-provider's authorization flow, like ID-porten's TestID: `GET` shows the
 * page, `POST …/login` logs the chosen person in at the chosen level, `POST …/abort` cancels with
 * `access_denied`. Logs say that a login happened and at what level, never who.
 */
@ApiExcludeController()
@Controller('interaction')
export class InteractionController {
  private readonly logger = new Logger(InteractionController.name);

  constructor(@Inject(DEV_IDPORTEN) private readonly idporten: DevIdporten) {}

  @Get(':uid')
  async show(
    @Param('uid') uid: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const interaction = await this.interaction(uid, req, res);
    if (!interaction) return;
    if (interaction.prompt.name !== 'login')
      return this.grantAndFinish(interaction, req, res);
    const values: LoginFormValues = {
      person: '',
      fodselsnummer: '',
      acr: requestedAcr(interaction.params['acr_values']),
    };
    this.send(res, HttpStatus.OK, this.loginPage(interaction, values));
  }

  @Post(':uid/login')
  async login(
    @Param('uid') uid: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const interaction = await this.interaction(uid, req, res);
    if (!interaction) return;
    const form = parseLoginForm(
      (req.body ?? {}) as Record<string, unknown>,
      this.idporten.persons,
    );
    if (!form.ok) {
      this.send(
        res,
        HttpStatus.BAD_REQUEST,
        this.loginPage(interaction, form.values, form.errors),
      );
      return;
    }
    const accountId = this.idporten.accounts.remember(form.identity);
    this.logger.log(
      `TestID login at ${form.acr}, ${form.identity.pid ? 'with' : 'without'} pid`,
    );
    await this.idporten.provider.interactionFinished(
      req,
      res,
      { login: { accountId, acr: form.acr, amr: ['TestID'] } },
      { mergeWithLastSubmission: false },
    );
  }

  @Post(':uid/abort')
  async abort(
    @Param('uid') uid: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (!(await this.interaction(uid, req, res))) return;
    this.logger.log('TestID login cancelled');
    await this.idporten.provider.interactionFinished(
      req,
      res,
      {
        error: 'access_denied',
        error_description: 'End-User aborted interaction',
      },
      { mergeWithLastSubmission: false },
    );
  }

  /** The interaction of this browser, or `undefined` after answering with an error page. */
  private async interaction(
    uid: string,
    req: Request,
    res: Response,
  ): Promise<Interaction | undefined> {
    try {
      const interaction = await this.idporten.provider.interactionDetails(
        req,
        res,
      );
      if (interaction.uid === uid) return interaction;
    } catch (error) {
      if (!(error instanceof errors.SessionNotFound)) throw error;
    }
    this.send(
      res,
      HttpStatus.BAD_REQUEST,
      renderErrorPage({
        error: 'invalid_request',
        error_description:
          'Innloggingen er utløpt eller finnes ikke. Start på nytt fra tjenesten.',
      }),
    );
    return undefined;
  }

  /** A consent prompt cannot arise (every scope is granted up front), but if one does, grant it as ID-porten would. */
  private async grantAndFinish(
    interaction: Interaction,
    req: Request,
    res: Response,
  ): Promise<void> {
    const { Grant } = this.idporten.provider;
    const accountId = interaction.session?.accountId ?? '';
    const clientId = String(interaction.params['client_id']);
    const grant =
      (interaction.grantId && (await Grant.find(interaction.grantId))) ||
      new Grant({ accountId, clientId });
    grant.addOIDCScope(String(interaction.params['scope'] ?? 'openid'));
    const grantId = await grant.save();
    await this.idporten.provider.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }

  private loginPage(
    interaction: Interaction,
    values: LoginFormValues,
    problems: LoginFormError[] = [],
  ): string {
    return renderLoginPage({
      uid: interaction.uid,
      clientId: String(interaction.params['client_id'] ?? ''),
      persons: this.idporten.persons,
      values,
      errors: problems,
    });
  }

  private send(res: Response, status: number, html: string): void {
    res
      .status(status)
      .set(pageHeaders(this.idporten.csp))
      .type('html')
      .send(html);
  }
}
