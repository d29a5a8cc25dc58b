import {
  ChildService,
  createTestDatabase,
  freePort,
  startChildService,
  TEST_REDIS_URL,
  TestDatabase,
  testQueuePrefix,
} from '@bvr/service-kit/testing';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import Redis from 'ioredis';

const DIST = resolve(__dirname, '../../../../dist/apps');
const main = (app: string) => resolve(DIST, app, 'main.js');
export const CLIENT = { id: 'barnevern-test', secret: 'test-client-secret' };

/**
 * The login path as it runs for real, each app built and in its own process: dev-idporten, identity
 * (own database, seeded demo people) and the gateway in front (upstreams other than identity are down).
 */
export interface IdentityStack {
  gateway: string;
  identity: string;
  provider: string;
  prefix: string;
  redis: Redis;
  db: TestDatabase;
  close(): Promise<void>;
}

export async function startIdentityStack(
  identityVars: Record<string, string> = {},
): Promise<IdentityStack> {
  const db = await createTestDatabase('identity-login');
  const prefix = testQueuePrefix('identity-login');
  const [gatewayPort, identityPort, providerPort, downPort] = await Promise.all(
    [freePort(), freePort(), freePort(), freePort()],
  );
  const gateway = `http://127.0.0.1:${gatewayPort}`;
  const identity = `http://127.0.0.1:${identityPort}`;
  const provider = `http://127.0.0.1:${providerPort}`;
  const identityEnv = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    PORT: String(identityPort),
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    OIDC_ISSUER: provider,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
    PUBLIC_URL: gateway,
    TOKEN_ISSUER: identity,
    SESSION_SECRET: 'test-session-secret-0123456789abcdef0123',
    // Not reached by these tests: no access application is made.
    REPORTING_URL: 'http://127.0.0.1:9',
    ...identityVars,
  };
  const children: ChildService[] = [];
  try {
    for (const command of ['migrate', 'seed'])
      run('identity', command, identityEnv);
    children.push(
      await startChildService({
        name: 'dev-idporten',
        main: main('dev-idporten'),
        port: providerPort,
        env: {
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          ISSUER: provider,
          CLIENT_ID: CLIENT.id,
          CLIENT_SECRET: CLIENT.secret,
          REDIRECT_URIS: `${gateway}/auth/callback`,
          POST_LOGOUT_REDIRECT_URIS: `${gateway}/`,
        },
      }),
      await startChildService({
        name: 'identity',
        main: main('identity'),
        port: identityPort,
        env: identityEnv,
      }),
      await startChildService({
        name: 'gateway',
        main: main('gateway'),
        port: gatewayPort,
        env: {
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          REDIS_URL: TEST_REDIS_URL,
          QUEUE_PREFIX: prefix,
          PUBLIC_URL: gateway,
          CSRF_SECRET: 'test-csrf-secret-0123456789abcdef0123456789',
          IDENTITY_URL: identity,
          WORKFLOW_URL: `http://127.0.0.1:${downPort}`,
          REPORTING_URL: `http://127.0.0.1:${downPort}`,
          BEKYMRINGSMELDING_URL: `http://127.0.0.1:${downPort}`,
          NOTIFICATION_URL: `http://127.0.0.1:${downPort}`,
          WEB_ROOT: resolve(DIST, 'web/browser'),
          LOGIN_RATE_LIMIT: '1000',
        },
      }),
    );
  } catch (error) {
    await Promise.all(children.map((child) => child.stop()));
    await db.drop();
    throw error;
  }
  const redis = new Redis(TEST_REDIS_URL);
  return {
    gateway,
    identity,
    provider,
    prefix,
    redis,
    db,
    close: async () => {
      await Promise.all(children.map((child) => child.stop()));
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await db.drop();
    },
  };
}

function run(app: string, command: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [main(app), command], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(
      `${app} ${command} failed: ${result.stderr || result.stdout}`,
    );
}
