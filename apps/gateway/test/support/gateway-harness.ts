import { createServiceApp } from '@bvr/service-kit';
import { TEST_REDIS_URL, testQueuePrefix } from '@bvr/service-kit/testing';
import type { INestApplication } from '@nestjs/common';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envSchema } from '../../src/config/env';
import { gatewayService } from '../../src/gateway.service';

export const INDEX_HTML =
  '<!doctype html><html><head><link rel="stylesheet" href="styles-N5EXIJPA.css"></head>' +
  '<body><app-root></app-root><script src="main-JFVQAOZP.js" type="module"></script></body></html>';
export const HASHED_ASSET = 'main-JFVQAOZP.js';

/** A web root like `nx build web` leaves, or an empty one (`built: false`). Remove it with `rm`. */
export async function createWebRoot(built = true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gateway-web-'));
  if (built) {
    await writeFile(join(dir, 'index.html'), INDEX_HTML);
    await writeFile(join(dir, HASHED_ASSET), 'console.log("spa");');
    await writeFile(join(dir, 'favicon.ico'), 'icon');
  }
  return dir;
}

export const removeWebRoot = (dir: string) =>
  rm(dir, { recursive: true, force: true });

export interface EchoedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in service that answers every request with what it received, as JSON. */
export interface EchoUpstream {
  url: string;
  close(): Promise<void>;
}

export async function startEchoUpstream(): Promise<EchoUpstream> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const echoed: EchoedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-powered-by': 'Express',
      });
      res.end(JSON.stringify(echoed));
    });
  });
  const url = await listen(server);
  return { url, close: () => close(server) };
}

/** The URL of a port nothing listens on: a service that is down. */
export async function downUpstreamUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await close(server);
  return url;
}

/** The origin browsers are told to use; the CSRF check compares Origin with it. */
export const PUBLIC_URL = 'http://gateway.test';

export interface RunningGateway {
  app: INestApplication;
  url: string;
}

/** The gateway as `runService` builds it, in-process on a free port, with real Redis. */
export async function startGateway(
  vars: Record<string, string>,
): Promise<RunningGateway> {
  const env = envSchema.parse({
    PORT: '1',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: testQueuePrefix('gateway'),
    PUBLIC_URL: PUBLIC_URL,
    CSRF_SECRET: 'test-csrf-secret-0123456789abcdef0123456789',
    ...vars,
  });
  const app = await createServiceApp(gatewayService, env);
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const close = (server: Server) =>
  new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
