// The services of the platform and how each is configured. The one place that knows ports and wiring,
// used by `npm start`, `npm run migrate` and the browser tests.

import { resolve } from 'node:path';

const BPMN_DIR = resolve(import.meta.dirname, '../../bpmn');

/**
 * bpmn-engine allocates a lot per step; with V8's default heap sizing the workflow grows to ~450 MB
 * RSS under load for garbage alone. A capped heap keeps it under 200 MB at the same throughput
 * (bench/workflow). The same flags are in docker/compose.yml.
 */
export const WORKFLOW_NODE_OPTIONS =
  '--max-old-space-size=128 --max-semi-space-size=4';

/** @typedef {{ name: string, offset: number, database: boolean, seed?: boolean }} ServiceSpec */

/** @type {ServiceSpec[]} in start order: upstreams before the gateway. */
export const SERVICES = [
  { name: 'dev-idporten', offset: 6, database: false },
  { name: 'identity', offset: 1, database: true },
  { name: 'workflow', offset: 2, database: true },
  { name: 'reporting', offset: 3, database: true, seed: true },
  { name: 'bekymringsmelding', offset: 4, database: true },
  { name: 'notification', offset: 5, database: true },
  { name: 'gateway', offset: 0, database: false },
];

/**
 * @param {{ portBase: number, databaseUrl: string, redisUrl: string, queuePrefix: string, smtpPort: number, webRoot: string, logLevel?: string }} stack
 * @returns {Record<string, Record<string, string>>} the environment of each service
 */
export function serviceEnvironments(stack) {
  const url = (name) => `http://127.0.0.1:${portOf(stack, name)}`;
  /** @type {Record<string, Record<string, string>>} */
  const envs = {};
  for (const spec of SERVICES) {
    const env = {
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
  // Until identity issues access tokens, local callers of the workflow API name themselves in a header.
  Object.assign(envs.workflow, {
    BPMN_DIR: BPMN_DIR,
    WORKFLOW_TEST_PRINCIPAL: 'enabled',
  });
  Object.assign(envs.gateway, {
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
