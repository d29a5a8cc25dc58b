import type { Request } from 'express';
import * as client from 'openid-client';
import {
  Strategy,
  type AuthenticateOptions,
  type StrategyOptionsWithRequest,
  type VerifyFunctionWithRequest,
} from 'openid-client/passport';

/**
 * openid-client's strategy always sends PKCE but, when the provider supports PKCE, neither `state`
 * nor `nonce`: ID-porten requires both, and the level of assurance. The strategy stores what it
 * sends in the session and checks state, nonce and the code verifier on the callback.
 */
export class IdportenStrategy extends Strategy {
  constructor(
    options: Omit<StrategyOptionsWithRequest, 'passReqToCallback'>,
    verify: VerifyFunctionWithRequest,
    private readonly acrValues: string,
  ) {
    super({ ...options, passReqToCallback: true }, verify);
  }

  override authorizationRequestParams<TOptions extends AuthenticateOptions>(
    req: Request,
    options: TOptions,
  ): URLSearchParams {
    const params = super.authorizationRequestParams(
      req,
      options,
    ) as URLSearchParams;
    params.set('state', client.randomState());
    params.set('nonce', client.randomNonce());
    params.set('acr_values', this.acrValues);
    params.set('ui_locales', 'nb');
    return params;
  }
}
