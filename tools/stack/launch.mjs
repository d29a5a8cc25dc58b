// Builds, migrates, seeds and starts the whole platform as child processes; stops what it started, by pid.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { portOf, SERVICES, serviceEnvironments } from './services.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
const NX_ENV = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
};
const mainOf = (name) => join(ROOT, 'dist/apps', name, 'main.js');

/** Builds every app (Nx caches unchanged ones). */
export function buildAll() {
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--output-style=stream-without-prefixes'],
    {
      cwd: ROOT,
      env: NX_ENV,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('Build failed (see above)');
}

/** Runs `node main.js <command>` of one service and fails with its output when it fails. */
export function runCommand(name, command, env) {
  const result = spawnSync(process.execPath, [mainOf(name), command], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(
      `${name} ${command} failed:\n${result.stderr || result.stdout}`,
    );
}

/** Applies every service's migrations, then seeds reference data. */
export function migrateAndSeed(stack, { seed = true } = {}) {
  const envs = serviceEnvironments(stack);
  for (const spec of SERVICES.filter((s) => s.database))
    runCommand(spec.name, 'migrate', envs[spec.name]);
  if (seed)
    for (const spec of SERVICES.filter((s) => s.seed))
      runCommand(spec.name, 'seed', envs[spec.name]);
}

/**
 * Starts every service with its logs in `logDir/<name>.log` and waits until each `/health` is green.
 * @returns {Promise<{ urls: Record<string, string>, stop: () => Promise<void> }>}
 */
export async function startServices(stack, { logDir, timeoutMs = 60_000 }) {
  mkdirSync(logDir, { recursive: true });
  const envs = serviceEnvironments(stack);
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const stop = () => Promise.all(children.map(terminate)).then(() => undefined);
  try {
    for (const spec of SERVICES) {
      const log = createWriteStream(join(logDir, `${spec.name}.log`), {
        flags: 'a',
      });
      const child = spawn(
        process.execPath,
        [...profiling(), mainOf(spec.name)],
        {
          cwd: ROOT,
          env: { ...process.env, ...envs[spec.name] },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      child.stdout.pipe(log);
      child.stderr.pipe(log);
      child.name = spec.name;
      children.push(child);
    }
    const urls = Object.fromEntries(
      SERVICES.map((s) => [
        s.name,
        `http://127.0.0.1:${portOf(stack, s.name)}`,
      ]),
    );
    await Promise.all(
      children.map((child) =>
        waitHealthy(child, `${urls[child.name]}/health`, timeoutMs, logDir),
      ),
    );
    return { urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitHealthy(child, url, timeoutMs, logDir) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        `${child.name} exited with code ${child.exitCode}; see ${join(logDir, child.name + '.log')}`,
      );
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `${child.name} not healthy within ${timeoutMs} ms (${last}); see ${join(logDir, child.name + '.log')}`,
  );
}

/** SIGTERM, then SIGKILL after 10 s. */
export function terminate(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  return new Promise((resolveExit) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolveExit();
    });
    child.kill('SIGTERM');
  });
}

/** The mail catcher (maildev): SMTP for the services, a web view and REST API for people and tests. */
export function startMailCatcher({ smtpPort, webPort, logDir }) {
  const log = createWriteStream(join(logDir, 'maildev.log'), { flags: 'a' });
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/maildev/bin/maildev'),
      '--smtp',
      String(smtpPort),
      '--web',
      String(webPort),
      '--ip',
      '127.0.0.1',
      '--silent',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.name = 'maildev';
  return {
    child,
    url: `http://127.0.0.1:${webPort}`,
    ready: () =>
      waitHealthy(child, `http://127.0.0.1:${webPort}/email`, 15_000, logDir),
  };
}

/** `BENCH_PROFILE=<dir>`: each service writes a V8 CPU profile there when it stops. */
function profiling() {
  const dir = process.env.BENCH_PROFILE;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}
