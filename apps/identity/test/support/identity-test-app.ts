import { AUTH_OPTIONS } from '@bvr/auth';
import { TestTokens } from '@bvr/auth/testing';
import { DomainErrorFilter, loadEnv, runMigrations } from '@bvr/service-kit';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  TestDatabase,
  testQueuePrefix,
} from '@bvr/service-kit/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import Redis from 'ioredis';
import { identityModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';
import { database } from '../../src/database';
import { UnitReference } from '../../src/modules/access-applications/reference-data/unit-reference';

export const TOKEN_ISSUER = 'http://identity.test';

export interface Caller {
  id: string;
  grants: string[];
}
export const platformAdmin: Caller = {
  id: 'admin-1',
  grants: ['platform-admin@national'],
};
export const bergenReporter: Caller = {
  id: 'reporter-1',
  grants: ['unit-reporter@unit:4601'],
};
export const bergenConcernAdmin: Caller = {
  id: 'concern-admin-1',
  grants: ['concern-admin@unit:4601'],
};

/**
 * Identity in-process against its own database and Redis prefix. Callers' tokens are signed by
 * TestTokens (the app trusts its key); tokens identity issues itself are signed by its own keys.
 */
export interface IdentityTestApp {
  app: INestApplication;
  url: string;
  db: TestDatabase;
  /** The app's BullMQ key prefix, for tests that produce to or read its queues. */
  prefix: string;
  /** The `authorization` header `call` sends for a caller. */
  bearer(caller: Caller): Promise<string>;
  call(
    method: string,
    path: string,
    options?: {
      as?: Caller | null;
      body?: unknown;
      form?: Record<string, string>;
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the JSON they expect
  ): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startIdentityApp(
  label: string,
  fakes: { unitReference?: UnitReference } = {},
): Promise<IdentityTestApp> {
  const db = await createTestDatabase(`identity-${label}`);
  await runMigrations(db.url, database, 'identity-test');
  const prefix = testQueuePrefix(`identity-${label}`);
  const tokens = await TestTokens.create();
  const env = loadEnv(envSchema, {
    NODE_ENV: 'test',
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    OIDC_ISSUER: 'http://provider.test',
    OIDC_CLIENT_ID: 'client',
    OIDC_CLIENT_SECRET: 'secret',
    PUBLIC_URL: 'http://gateway.test',
    TOKEN_ISSUER,
    REPORTING_URL: 'http://reporting.test',
    SESSION_SECRET: 'test-session-secret-0123456789abcdef0123',
  });
  let builder = Test.createTestingModule({
    imports: [identityModule(env)],
  })
    .overrideProvider(AUTH_OPTIONS)
    .useValue(tokens.authOptions('identity'));
  if (fakes.unitReference)
    builder = builder
      .overrideProvider(UnitReference)
      .useValue(fakes.unitReference);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: false });
  app.useGlobalFilters(new DomainErrorFilter());
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const bearer = (caller: Caller) =>
    tokens.bearer({
      audience: 'identity',
      sub: caller.id,
      grants: caller.grants,
    });
  return {
    app,
    url,
    db,
    prefix,
    bearer,
    call: async (method, path, options = {}) => {
      const as = options.as === undefined ? platformAdmin : options.as;
      const headers: Record<string, string> = {};
      if (as) headers['authorization'] = await bearer(as);
      let body: string | undefined;
      if (options.form) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(options.form).toString();
      } else if (options.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
      const response = await fetch(`${url}${path}`, { method, headers, body });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    close: async () => {
      await app.close();
      const redis = new Redis(TEST_REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await db.drop();
    },
  };
}
