import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Provider } from 'oidc-provider';
import type { Env } from '../config/env';
import type { AccountRegistry } from './account-registry';
import { providerConfiguration } from './provider-config';
import { generateSigningKey } from './signing-key';

/** Events that end a request with an OAuth error; logged by code and description only, never by person. */
const ERROR_EVENTS = [
  'authorization.error',
  'grant.error',
  'end_session.error',
  'userinfo.error',
  'jwks.error',
  'discovery.error',
  'pushed_authorization_request.error',
];

/** The oidc-provider instance: one confidential client, a key generated now, sessions in memory. */
export async function createProvider(
  env: Env,
  accounts: AccountRegistry,
  csp: string,
): Promise<Provider> {
  const provider = new Provider(
    env.ISSUER,
    providerConfiguration({
      env,
      accounts,
      csp,
      signingKey: await generateSigningKey(),
      // Sessions live in memory, so random keys lose nothing a restart would not lose anyway.
      cookieKeys: env.COOKIE_KEYS ?? [randomBytes(32).toString('base64url')],
    }),
  );
  // The issuer may be a URL behind a proxy (the gateway, a tunnel): trust its X-Forwarded-* headers.
  provider.proxy = true;

  const logger = new Logger('OidcProvider');
  provider.on('server_error', (_ctx, error) =>
    logger.error(`server_error: ${error.message}`),
  );
  for (const event of ERROR_EVENTS)
    provider.on(event, (_ctx, error) =>
      logger.warn(
        `${event}: ${error.message}${error.error_description ? ` (${error.error_description})` : ''}`,
      ),
    );
  return provider;
}
