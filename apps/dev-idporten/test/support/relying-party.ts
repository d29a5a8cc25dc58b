import { createHash, randomBytes } from 'node:crypto';
import { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } from './dev-idporten-process';
import {
  BrowserlessClient,
  HttpResult,
  readForm,
} from '@bvr/service-kit/testing';

const random = () => randomBytes(32).toString('base64url');

export interface AuthorizationRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
  url: string;
}

export interface LoginChoice {
  person?: string;
  fodselsnummer?: string;
  acr?: string;
}

export interface TokenResponse {
  status: number;
  json: Record<string, unknown>;
}

/** What a client of ID-porten does, one HTTP step at a time, over a browser-like cookie jar. */
export class RelyingParty {
  readonly browser = new BrowserlessClient();

  constructor(readonly issuer: string) {}

  /** An authorization request with PKCE S256, state and nonce; `params` adds to or overrides it (`undefined` drops). */
  authorizationRequest(
    params: Record<string, string | undefined> = {},
  ): AuthorizationRequest {
    const state = random();
    const nonce = random();
    const codeVerifier = random();
    const query: Record<string, string | undefined> = {
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid',
      state,
      nonce,
      code_challenge: createHash('sha256')
        .update(codeVerifier)
        .digest('base64url'),
      code_challenge_method: 'S256',
      ui_locales: 'nb',
      ...params,
    };
    const search = new URLSearchParams(
      Object.entries(query).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    return {
      state,
      nonce,
      codeVerifier,
      url: `${this.issuer}/authorize?${search}`,
    };
  }

  /** Sends the browser to the authorization endpoint and follows redirects inside the provider. */
  async authorize(request: AuthorizationRequest): Promise<HttpResult> {
    return this.browser.follow(
      await this.browser.get(request.url),
      this.issuer,
    );
  }

  /** Fills in and posts the login page's form ("Logg inn"), or its "Avbryt" button. */
  async submitLogin(
    page: HttpResult,
    choice: LoginChoice,
    button: 'Logg inn' | 'Avbryt' = 'Logg inn',
  ): Promise<HttpResult> {
    const form = readForm(page.body);
    const submit = form.buttons.find((candidate) => candidate.text === button);
    if (!submit) throw new Error(`no "${button}" button`);
    const fields = {
      ...form.fields,
      ...(choice.person !== undefined && { person: choice.person }),
      ...(choice.fodselsnummer !== undefined && {
        fodselsnummer: choice.fodselsnummer,
      }),
      ...(choice.acr !== undefined && { acr: choice.acr }),
    };
    const posted = await this.browser.postForm(
      new URL(submit.action, this.issuer).toString(),
      fields,
    );
    return this.browser.follow(posted, this.issuer);
  }

  /** The whole front channel: authorization request → login page → callback with `code`. */
  async logIn(
    choice: LoginChoice,
    params: Record<string, string | undefined> = {},
  ): Promise<{ request: AuthorizationRequest; callback: URL }> {
    const request = this.authorizationRequest(params);
    const page = await this.authorize(request);
    if (page.status !== 200)
      throw new Error(`login page answered ${page.status}`);
    const result = await this.submitLogin(page, choice);
    if (!result.location?.startsWith(REDIRECT_URI))
      throw new Error(
        `login ended with ${result.status}: ${result.body.slice(0, 500)}`,
      );
    return { request, callback: new URL(result.location) };
  }

  /** The token request, authenticated with client_secret_basic (default) or client_secret_post. */
  async token(
    code: string,
    codeVerifier: string,
    auth: 'client_secret_basic' | 'client_secret_post' = 'client_secret_basic',
  ): Promise<TokenResponse> {
    const form: Record<string, string> = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: codeVerifier,
    };
    const headers: Record<string, string> = {};
    if (auth === 'client_secret_basic')
      headers['authorization'] = `Basic ${Buffer.from(
        `${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`,
      ).toString('base64')}`;
    else
      Object.assign(form, {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
      });
    // The back channel carries no browser cookies.
    const response = await fetch(`${this.issuer}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body: new URLSearchParams(form).toString(),
    });
    return {
      status: response.status,
      json: (await response.json()) as Record<string, unknown>,
    };
  }
}
