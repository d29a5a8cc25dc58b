import { freePort, startChildService } from '@bvr/service-kit/testing';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT = resolve(__dirname, '../..');
const MAIN = resolve(PROJECT, '../../dist/apps/dev-idporten/main.js');

export const REDIRECT_URI = 'http://127.0.0.1:4100/auth/callback';
export const POST_LOGOUT_REDIRECT_URI = 'http://127.0.0.1:4100/';
export const CLIENT_ID = 'barnevern-local';
export const CLIENT_SECRET = 'local-dev-secret';

/** The built app running as a child process: the specs test what ships, and jest never loads the ESM-only oidc-provider. */
export interface RunningDevIdporten {
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

const newestMtime = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    }),
  );

/** Refuses to test a missing or stale build: the specs would pass or fail on old code. */
function assertFreshBuild(): void {
  if (!existsSync(MAIN))
    throw new Error(
      `${MAIN} is missing: run "npx nx build dev-idporten" first`,
    );
  if (newestMtime(join(PROJECT, 'src')) > statSync(MAIN).mtimeMs)
    throw new Error(
      'dist/apps/dev-idporten is older than apps/dev-idporten/src: run "npx nx build dev-idporten" first',
    );
}

/** Starts `node dist/apps/dev-idporten/main.js` on a free port with only the given variables set. */
export async function startDevIdporten(
  vars: Record<string, string> = {},
): Promise<RunningDevIdporten> {
  assertFreshBuild();
  return startChildService({
    name: 'dev-idporten',
    main: MAIN,
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      REDIRECT_URIS: REDIRECT_URI,
      POST_LOGOUT_REDIRECT_URIS: POST_LOGOUT_REDIRECT_URI,
      ...vars,
    },
  });
}

/** Runs the built app with a bad environment and returns how it ended. */
export async function runUntilExit(
  vars: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  assertFreshBuild();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: String(await freePort()),
      ...vars,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const code = await new Promise<number | null>((done) =>
    child.once('exit', done),
  );
  clearTimeout(timer);
  return { code, output };
}
