import { loadEnv } from '@bvr/service-kit';
import { TEST_REDIS_URL } from '@bvr/service-kit/testing';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { reportingModule } from '../../src/app.module';
import { envSchema } from '../../src/config/env';

export interface ReportingTestApp {
  app: INestApplication;
  /** GET against the running app; the body is parsed JSON. */
  get<T = any>(path: string): Promise<{ status: number; body: T }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/**
 * The real reporting module (PostgreSQL, Redis, filters, pipes) on a free port, reached with `fetch`
 * (`supertest` is not installed in this workspace).
 */
export async function startReportingApp(
  databaseUrl: string,
): Promise<ReportingTestApp> {
  const env = loadEnv(envSchema, {
    NODE_ENV: 'test',
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [reportingModule(env)],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    get: async (path) => {
      const response = await fetch(`${baseUrl}${path}`);
      return { status: response.status, body: await response.json() };
    },
    close: () => app.close(),
  };
}
