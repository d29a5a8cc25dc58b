/**
 * The part of oidc-provider 9 this app uses. The package ships no types and `@types/oidc-provider`
 * is not installed; these follow the library's documentation (docs/README.md, "Configuration options").
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Awaitable<T> = T | Promise<T>;

  export interface OidcClient {
    clientId: string;
    clientName?: string;
  }

  export interface OidcSession {
    accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  /** The `ctx.oidc` of a request, as far as the configuration callbacks here read it. */
  export interface OidcContext {
    client?: OidcClient;
    session?: OidcSession;
    params?: Record<string, unknown>;
    result?: { consent?: { grantId?: string } };
    requestParamOIDCScopes: Set<string>;
    provider: Provider;
  }

  /** The Koa context oidc-provider hands to configuration callbacks. */
  export interface KoaContextWithOIDC {
    oidc: OidcContext;
    body: unknown;
    type: string;
    status: number;
    host: string;
    set(field: string, value: string): void;
  }

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(
      use: 'id_token' | 'userinfo',
      scope: string,
    ): Awaitable<AccountClaims>;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    client_name?: string;
    redirect_uris: string[];
    post_logout_redirect_uris?: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
    id_token_signed_response_alg?: string;
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
    state?: string;
  }

  export interface Configuration {
    clients?: ClientMetadata[];
    jwks?: { keys: Record<string, unknown>[] };
    cookies?: {
      keys?: string[];
      long?: Record<string, unknown>;
      short?: Record<string, unknown>;
    };
    acrValues?: string[];
    claims?: Record<string, null | string[]>;
    conformIdTokenClaims?: boolean;
    scopes?: string[];
    responseTypes?: string[];
    clientAuthMethods?: string[];
    discovery?: Record<string, unknown>;
    routes?: Record<string, string>;
    ttl?: Record<string, number>;
    pkce?: {
      required?: (ctx: KoaContextWithOIDC, client: OidcClient) => boolean;
    };
    interactions?: {
      url?: (
        ctx: KoaContextWithOIDC,
        interaction: Interaction,
      ) => Awaitable<string>;
    };
    features?: Record<string, Record<string, unknown>>;
    enabledJWA?: Record<string, string[]>;
    findAccount?: (
      ctx: KoaContextWithOIDC,
      sub: string,
    ) => Awaitable<Account | undefined>;
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    renderError?: (
      ctx: KoaContextWithOIDC,
      out: ErrorOut,
      error: Error,
    ) => Awaitable<void>;
  }

  export interface Interaction {
    uid: string;
    prompt: {
      name: string;
      reasons: string[];
      details: Record<string, unknown>;
    };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }

  export interface InteractionResults {
    login?: {
      accountId: string;
      acr?: string;
      amr?: string[];
      remember?: boolean;
    };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
  }

  export class Grant {
    constructor(properties: { accountId: string; clientId: string });
    static find(id: string): Promise<Grant | undefined>;
    readonly jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Grant: typeof Grant;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(
      req: IncomingMessage,
      res: ServerResponse,
    ): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(
      event: string,
      listener: (
        ctx: KoaContextWithOIDC,
        error: Error & { error_description?: string },
      ) => void,
    ): this;
  }

  export const errors: {
    SessionNotFound: new (...args: unknown[]) => Error;
  };

  export default Provider;
}
