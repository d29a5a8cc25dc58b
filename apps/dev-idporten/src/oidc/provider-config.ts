import type { Configuration, KoaContextWithOIDC } from 'oidc-provider';
import type { Env } from '../config/env';
import { ACR_LEVELS } from '../interaction/login-form';
import { pageHeaders } from '../pages/layout';
import {
  renderErrorPage,
  renderLoggedOutPage,
  renderLogoutPage,
} from '../pages/provider-pages';
import type { AccountRegistry } from './account-registry';

/** ID-porten's endpoint paths, so a client configured from discovery sees the same shape as in test and prod. */
export const ROUTES = {
  authorization: '/authorize',
  token: '/token',
  jwks: '/jwk',
  userinfo: '/userinfo',
  end_session: '/endsession',
  pushed_authorization_request: '/par',
} as const;

export const DISCOVERY_PATH = '/.well-known/openid-configuration';

/** ID-porten's lifetimes: short tokens, a two-hour SSO session. */
const TTL = {
  AccessToken: 120,
  IdToken: 120,
  AuthorizationCode: 60,
  Interaction: 30 * 60,
  Session: 2 * 60 * 60,
  Grant: 2 * 60 * 60,
};

export interface ProviderConfigInput {
  env: Env;
  accounts: AccountRegistry;
  /** The private signing key, as a JWK with `kid`, `alg` and `use`. */
  signingKey: Record<string, unknown>;
  cookieKeys: string[];
  csp: string;
}

function render(ctx: KoaContextWithOIDC, csp: string, html: string): void {
  for (const [name, value] of Object.entries(pageHeaders(csp)))
    ctx.set(name, value);
  ctx.type = 'html';
  ctx.body = html;
}

/**
 * No consent step, as in ID-porten: the client is first-party, so every requested OpenID scope is
 * granted at once (oidc-provider's "skip consent" recipe).
 */
async function grantRequestedScopes(ctx: KoaContextWithOIDC) {
  const { oidc } = ctx;
  const clientId = oidc.client?.clientId;
  const accountId = oidc.session?.accountId;
  if (!clientId || !accountId) return undefined;
  const grantId =
    oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId);
  const existing = grantId
    ? await oidc.provider.Grant.find(grantId)
    : undefined;
  const grant =
    existing?.accountId === accountId
      ? existing
      : new oidc.provider.Grant({ accountId, clientId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '));
  await grant.save();
  return grant;
}

export function providerConfiguration(
  input: ProviderConfigInput,
): Configuration {
  const { env, accounts, signingKey, cookieKeys, csp } = input;
  return {
    clients: [
      {
        client_id: env.CLIENT_ID,
        client_secret: env.CLIENT_SECRET,
        client_name: env.CLIENT_ID,
        redirect_uris: env.REDIRECT_URIS,
        post_logout_redirect_uris: env.POST_LOGOUT_REDIRECT_URIS,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // client_secret_post is accepted as well: oidc-provider treats the two secret methods alike.
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    jwks: { keys: [signingKey] },
    cookies: { keys: cookieKeys },
    responseTypes: ['code'],
    scopes: ['openid'],
    acrValues: ACR_LEVELS.map((level) => level.value),
    // A claim reaches the id_token only when a scope lists it (acr otherwise only when acr_values was
    // sent); pid, acr, amr and auth_time are always in ID-porten's id_token.
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ['sub', 'pid', 'acr', 'amr', 'auth_time'],
    },
    // ID-porten puts the scope's claims (pid) in the id_token itself, not only in userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    routes: { ...ROUTES },
    ttl: TTL,
    discovery: { ui_locales_supported: ['nb', 'nn', 'en', 'se'] },
    enabledJWA: {
      idTokenSigningAlgValues: ['RS256'],
      userinfoSigningAlgValues: ['RS256'],
      authorizationSigningAlgValues: ['RS256'],
    },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) =>
          render(ctx, csp, renderLogoutPage(form)),
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) =>
          render(ctx, csp, renderLoggedOutPage()),
      },
    },
    findAccount: (_ctx, sub) => accounts.find(sub),
    loadExistingGrant: grantRequestedScopes,
    renderError: (ctx, out) => render(ctx, csp, renderErrorPage(out)),
  };
}
