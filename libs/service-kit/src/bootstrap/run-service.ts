import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { requestIdMiddleware } from '../context/request-id.middleware';
import { InvalidEnvironmentError } from '../config/load-env';
import { setupOpenApi } from './swagger';

export interface ServiceDefinition<E extends { HOST: string; PORT: number }> {
  name: string;
  description: string;
  /** Reads and validates the environment; called once, before anything else. */
  loadEnv: () => E;
  module: (env: E) => Type | Promise<Type>;
  /** Extra command-line commands (`node main.js <command>`), e.g. `migrate` and `seed`. */
  commands?: Record<string, (env: E) => Promise<void>>;
  configure?: (app: INestApplication, env: E) => void;
  /** `false` leaves request bodies unread, for a service that streams them on (the gateway). Default `true`. */
  bodyParser?: boolean;
}

const SHUTDOWN_TIMEOUT_MS = 15_000;

/** Entry point of every service: `node main.js` serves; `node main.js <command>` runs a command and exits. */
export async function runService<E extends { HOST: string; PORT: number }>(
  definition: ServiceDefinition<E>,
): Promise<void> {
  let env: E;
  try {
    env = definition.loadEnv();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${definition.name}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const command = process.argv[2];
  if (command && command !== 'serve') {
    const run = definition.commands?.[command];
    if (!run) {
      process.stderr.write(
        `${definition.name}: unknown command "${command}" (known: serve, ${Object.keys(definition.commands ?? {}).join(', ')})\n`,
      );
      process.exit(2);
    }
    try {
      await run(env);
    } catch (error) {
      process.stderr.write(
        `${definition.name} ${command} failed: ${(error as Error).message}\n`,
      );
      process.exit(1);
    }
    return;
  }
  const app = await createServiceApp(definition, env);
  await app.listen(env.PORT, env.HOST);
  app
    .get(Logger)
    .log(
      `${definition.name} listening on http://${env.HOST}:${env.PORT} (docs at /docs)`,
    );
}

export async function createServiceApp<
  E extends { HOST: string; PORT: number },
>(definition: ServiceDefinition<E>, env: E): Promise<INestApplication> {
  const app = await NestFactory.create(await definition.module(env), {
    bufferLogs: true,
    abortOnError: false,
    bodyParser: definition.bodyParser ?? true,
  });
  app.useLogger(app.get(Logger));
  app.use(requestIdMiddleware);
  definition.configure?.(app, env);
  setupOpenApi(app, definition.name, definition.description);
  installGracefulShutdown(app, definition.name);
  return app;
}

/**
 * SIGTERM/SIGINT: close the HTTP server (no new work), let BullMQ workers finish their current
 * job and close, close database and Redis connections; force-exit if that takes too long.
 */
function installGracefulShutdown(app: INestApplication, name: string): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    const logger = app.get(Logger);
    logger.log(`${name} received ${signal}, shutting down`);
    const force = setTimeout(() => {
      logger.error(
        `${name} did not shut down within ${SHUTDOWN_TIMEOUT_MS} ms, exiting`,
      );
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: Error) => {
        logger.error(`${name} shutdown failed: ${error.message}`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
