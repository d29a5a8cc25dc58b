// The services of the platform and how each is configured. The one place that knows ports and wiring,
// used by `npm start`, `npm run migrate` and the browser tests.

import { resolve } from 'node:path';

const BPMN_DIR = resolve(import.meta.dirname, '../../bpmn');

/**
 * V8's default heap sizing lets a service grow to 300–450 MB RSS under load for garbage alone (the
 * workflow most: bpmn-engine allocates a lot per step). A capped heap keeps every service under
 * 200 MB at the same throughput (bench/workflow, bench/spike). The same flags are in docker/compose.yml.
 */
export const SERVICE_NODE_OPTIONS =
  '--max-old-space-size=120 --max-semi-space-size=4';

/** The client registered at dev-idporten; a real deployment registers one at ID-porten. */
const LOCAL_CLIENT = { id: 'barnevern-local', secret: 'local-dev-secret' };
/** Development only: deployments set their own (docker/compose.yml takes them from the environment). */
const LOCAL_SECRETS = {
  session: 'local-development-session-secret-0123456789',
  csrf: 'local-development-csrf-secret-0123456789abcdef',
  /** 32 bytes, base64: wraps the kommuner's data keys. */
  concernMasterKey: 'bG9jYWwtZGV2ZWxvcG1lbnQtbWFzdGVyLWtleS0zMmI=',
};
const PRINT_SPOOL_DIR = resolve(import.meta.dirname, '../../tmp/print-spool');

/** @typedef {{ name: string, offset: number, database: boolean, seed?: boolean }} ServiceSpec */

/** @type {ServiceSpec[]} in start order: upstreams before the gateway. */
export const SERVICES = [
  { name: 'dev-idporten', offset: 6, database: false },
  { name: 'identity', offset: 1, database: true, seed: true },
  { name: 'workflow', offset: 2, database: true },
  { name: 'reporting', offset: 3, database: true, seed: true },
  { name: 'bekymringsmelding', offset: 4, database: true, seed: true },
  { name: 'notification', offset: 5, database: true },
  { name: 'gateway', offset: 0, database: false },
];

/**
 * @param {{ portBase: number, databaseUrl: string, redisUrl: string, queuePrefix: string, smtpPort: number, webRoot: string, logLevel?: string, loginRateLimit?: number, printSpoolDir?: string }} stack
 * @returns {Record<string, Record<string, string>>} the environment of each service
 */
export function serviceEnvironments(stack) {
  const url = (name) => `http://127.0.0.1:${portOf(stack, name)}`;
  /** @type {Record<string, Record<string, string>>} */
  const envs = {};
  for (const spec of SERVICES) {
    const env = {
      NODE_OPTIONS: SERVICE_NODE_OPTIONS,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(portOf(stack, spec.name)),
      LOG_LEVEL: stack.logLevel ?? 'info',
    };
    if (spec.name !== 'dev-idporten')
      Object.assign(env, {
        REDIS_URL: stack.redisUrl,
        QUEUE_PREFIX: stack.queuePrefix,
      });
    if (spec.database) env.DATABASE_URL = stack.databaseUrl;
    envs[spec.name] = env;
  }
  envs.notification.SMTP_URL = `smtp://127.0.0.1:${stack.smtpPort}`;
  const gateway = url('gateway');
  Object.assign(envs['dev-idporten'], {
    ISSUER: url('dev-idporten'),
    CLIENT_ID: LOCAL_CLIENT.id,
    CLIENT_SECRET: LOCAL_CLIENT.secret,
    REDIRECT_URIS: `${gateway}/auth/callback`,
    POST_LOGOUT_REDIRECT_URIS: `${gateway}/`,
  });
  Object.assign(envs.identity, {
    OIDC_ISSUER: url('dev-idporten'),
    OIDC_CLIENT_ID: LOCAL_CLIENT.id,
    OIDC_CLIENT_SECRET: LOCAL_CLIENT.secret,
    PUBLIC_URL: gateway,
    TOKEN_ISSUER: url('identity'),
    SESSION_SECRET: LOCAL_SECRETS.session,
    REPORTING_URL: url('reporting'),
  });
  Object.assign(envs.workflow, {
    AUTH_ISSUER: url('identity'),
    BPMN_DIR: BPMN_DIR,
  });
  envs.reporting.AUTH_ISSUER = url('identity');
  Object.assign(envs.bekymringsmelding, {
    AUTH_ISSUER: url('identity'),
    REPORTING_URL: url('reporting'),
    CONCERN_MASTER_KEY: LOCAL_SECRETS.concernMasterKey,
    // Letter post lands here in development: the print service's drop folder.
    PRINT_SPOOL_DIR: stack.printSpoolDir ?? PRINT_SPOOL_DIR,
  });
  Object.assign(envs.notification, {
    AUTH_ISSUER: url('identity'),
    // Links in e-mails lead to the SPA through the gateway.
    PUBLIC_URL: gateway,
  });
  Object.assign(envs.gateway, {
    PUBLIC_URL: gateway,
    CSRF_SECRET: LOCAL_SECRETS.csrf,
    // The browser tests log in many times a minute from one address.
    LOGIN_RATE_LIMIT: String(stack.loginRateLimit ?? 30),
    WEB_ROOT: stack.webRoot,
    IDENTITY_URL: url('identity'),
    WORKFLOW_URL: url('workflow'),
    REPORTING_URL: url('reporting'),
    BEKYMRINGSMELDING_URL: url('bekymringsmelding'),
    NOTIFICATION_URL: url('notification'),
  });
  return envs;
}

export function portOf(stack, name) {
  const spec = SERVICES.find((s) => s.name === name);
  if (!spec) throw new Error(`unknown service ${name}`);
  return stack.portBase + spec.offset;
}
