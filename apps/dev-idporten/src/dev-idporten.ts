import type { Provider } from 'oidc-provider';
import type { Env } from './config/env';
import { AccountRegistry } from './oidc/account-registry';
import { createProvider } from './oidc/create-provider';
import { contentSecurityPolicy } from './pages/layout';
import { loadTestPersons, TestPerson } from './persons/test-persons';

/** Everything the app's parts share, built once at start. */
export interface DevIdporten {
  env: Env;
  provider: Provider;
  persons: TestPerson[];
  accounts: AccountRegistry;
  /** The CSP of every page the app renders. */
  csp: string;
}

export const DEV_IDPORTEN = Symbol('DEV_IDPORTEN');

export async function createDevIdporten(env: Env): Promise<DevIdporten> {
  const persons = loadTestPersons();
  const accounts = new AccountRegistry(env.CLIENT_ID, persons);
  const csp = contentSecurityPolicy([
    ...env.REDIRECT_URIS,
    ...env.POST_LOGOUT_REDIRECT_URIS,
  ]);
  const provider = await createProvider(env, accounts, csp);
  return { env, provider, persons, accounts, csp };
}
