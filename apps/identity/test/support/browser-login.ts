import {
  BrowserlessClient,
  HttpResult,
  readForm,
} from '@bvr/service-kit/testing';
import type { IdentityStack } from './identity-stack';

export interface LoginChoice {
  pid?: string;
  /** A test person without fødselsnummer is picked by name on the TestID page. */
  personKey?: string;
  acr?: 'idporten-loa-substantial' | 'idporten-loa-high';
  button?: 'Logg inn' | 'Avbryt';
}

/** One person's browser, without JavaScript, on the gateway's origin. */
export class TestBrowser {
  readonly http = new BrowserlessClient();

  constructor(private readonly stack: IdentityStack) {}

  get gateway() {
    return this.stack.gateway;
  }

  /** Starts a login at the gateway and stops on the provider's TestID page. */
  async openLoginPage(returnTo = '/oppgaver'): Promise<HttpResult> {
    const start = await this.http.get(
      `${this.gateway}/auth/login?returnTo=${encodeURIComponent(returnTo)}`,
    );
    return this.http.follow(start, this.stack.provider);
  }

  /** Submits the TestID page and follows the provider's redirects up to the gateway's callback. */
  async submitLoginPage(page: HttpResult, choice: LoginChoice): Promise<URL> {
    const form = readForm(page.body);
    const button = form.buttons.find(
      (candidate) => candidate.text === (choice.button ?? 'Logg inn'),
    );
    if (!button) throw new Error('no such button on the TestID page');
    const posted = await this.http.postForm(
      new URL(button.action, this.stack.provider).href,
      {
        ...form.fields,
        ...(choice.pid && { fodselsnummer: choice.pid }),
        ...(choice.personKey && { person: choice.personKey }),
        ...(choice.acr && { acr: choice.acr }),
      },
    );
    const atClient = await this.http.follow(posted, this.stack.provider);
    if (!atClient.location?.startsWith(`${this.gateway}/auth/callback`))
      throw new Error(`login ended at ${atClient.status} ${atClient.location}`);
    return new URL(atClient.location);
  }

  /**
   * The whole login: `callback` is the gateway's answer to the provider's redirect; the browser then
   * loads the page it is sent to (which also hands it the CSRF token for the new session).
   */
  async logIn(
    choice: LoginChoice,
    returnTo = '/oppgaver',
  ): Promise<{ callback: HttpResult; page: HttpResult }> {
    const url = await this.submitLoginPage(
      await this.openLoginPage(returnTo),
      choice,
    );
    const callback = await this.http.get(url.href);
    return { callback, page: await this.http.follow(callback, this.gateway) };
  }

  session(): string | undefined {
    return this.http.cookie(this.gateway, 'bvr_session');
  }

  /** A call from the SPA: same origin, with the CSRF token Angular copies from its cookie. */
  api(method: string, path: string, body?: unknown): Promise<HttpResult> {
    const xsrf = this.http.cookie(this.gateway, 'XSRF-TOKEN');
    return this.http.send(method, `${this.gateway}${path}`, body, {
      origin: this.gateway,
      ...(xsrf && { 'x-xsrf-token': xsrf }),
    });
  }

  async json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ) {
    const result = await this.api(method, path, body);
    return {
      status: result.status,
      body: JSON.parse(result.body || 'null') as T,
    };
  }
}
