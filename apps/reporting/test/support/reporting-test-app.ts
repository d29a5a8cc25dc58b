import { AUTH_OPTIONS } from '@bvr/auth';
import { TestTokens } from '@bvr/auth/testing';
import { loadEnv, Clock } from '@bvr/service-kit';
import { TEST_REDIS_URL, testQueuePrefix } from '@bvr/service-kit/testing';
import Redis from 'ioredis';
import type { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { reportingModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';
import type { TestCaller } from './test-callers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reply<T = any> = { status: number; body: T };

export interface Call {
  /** Who calls, signed into an access token for "reporting"; `null` or absent: no token. */
  caller?: TestCaller | null;
  /** An `authorization` header to send as it is (an expired token, one for another service). */
  authorization?: string;
  body?: unknown;
}

export interface ReportingTestApp {
  app: INestApplication;
  /** Signs the callers' tokens; the app trusts its key instead of identity's. */
  tokens: TestTokens;
  /** The BullMQ key prefix the app produces under, its own unless one was given. */
  queuePrefix: string;
  /** GET without a token; the body is parsed JSON. */
  get<T = any>(path: string): Promise<Reply<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  call(method: string, path: string, call?: Call): Promise<Reply>;
  /** GET whose body is read as text (a CSV file), with the response headers. */
  getText(
    path: string,
    caller?: TestCaller | null,
  ): Promise<{ status: number; headers: Headers; text: string }>;
  /** Closes the app; removes the queue keys unless the prefix was given (and so is shared). */
  close(): Promise<void>;
}

export interface StartOptions {
  controllers?: Type[];
  /** Share a prefix between app instances of one test file; default: a prefix of the app's own. */
  queuePrefix?: string;
  /** More environment variables, e.g. `REPORT_COMMAND_SWEEP_INTERVAL_MS`. */
  env?: Record<string, string>;
  /** The app's clock (e.g. a `FixedClock`); default: the system clock. */
  clock?: Clock;
}

/**
 * The real reporting module (PostgreSQL, Redis, auth guard, filters, pipes) on a free port, reached with
 * `fetch` (`supertest` is not installed in this workspace). Only the keys access tokens are checked
 * against are replaced: the app trusts `TestTokens` instead of identity's JWKS.
 */
export async function startReportingApp(
  databaseUrl: string,
  options: StartOptions = {},
): Promise<ReportingTestApp> {
  const tokens = await TestTokens.create();
  const queuePrefix = options.queuePrefix ?? testQueuePrefix('reporting');
  const env = loadEnv(envSchema, {
    NODE_ENV: 'test',
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    AUTH_ISSUER: tokens.issuer,
    QUEUE_PREFIX: queuePrefix,
    ...options.env,
  });
  const builder = Test.createTestingModule({
    imports: [reportingModule(env)],
    controllers: options.controllers ?? [],
  })
    .overrideProvider(AUTH_OPTIONS)
    .useValue(tokens.authOptions('reporting'));
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const bearer = (caller: TestCaller) =>
    tokens.bearer({
      audience: 'reporting',
      sub: caller.id,
      grants: caller.grants,
      kind: caller.kind,
    });
  const call = async (
    method: string,
    path: string,
    { caller, authorization, body }: Call = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (caller) headers['authorization'] = await bearer(caller);
    if (authorization) headers['authorization'] = authorization;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  return {
    app,
    tokens,
    get: (path) => call('GET', path),
    getText: async (path, caller) => {
      const response = await fetch(`${baseUrl}${path}`, {
        headers: caller ? { authorization: await bearer(caller) } : {},
      });
      // arrayBuffer, not text(): text() would drop the byte order mark the test looks for.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await response.arrayBuffer(),
      );
      return { status: response.status, headers: response.headers, text };
    },
    call,
    queuePrefix,
    close: async () => {
      await app.close();
      if (options.queuePrefix) return;
      const redis = new Redis(TEST_REDIS_URL);
      const keys = await redis.keys(`${queuePrefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    },
  };
}
