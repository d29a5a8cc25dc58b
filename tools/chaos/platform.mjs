// The platform's services as child processes that can be killed (-9) and started again one by one.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, terminate } from '../stack/launch.mjs';
import { portOf, SERVICES, serviceEnvironments } from '../stack/services.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function createPlatform(stack, logDir) {
  mkdirSync(logDir, { recursive: true });
  const envs = serviceEnvironments(stack);
  const urls = Object.fromEntries(
    SERVICES.map((s) => [s.name, `http://127.0.0.1:${portOf(stack, s.name)}`]),
  );
  /** @type {Record<string, import('node:child_process').ChildProcess>} */
  const children = {};
  /** Exits nobody caused: a supervisor (Docker's restart policy) starts the service again. */
  const unexpectedExits = [];
  let supervising = true;

  function spawnService(name) {
    const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
    const child = spawn(
      process.execPath,
      [join(ROOT, 'dist/apps', name, 'main.js')],
      {
        cwd: ROOT,
        env: { ...process.env, ...envs[name] },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.name = name;
    children[name] = child;
    child.once('exit', (code, signal) => {
      if (child.intended || !supervising) return;
      unexpectedExits.push({
        name,
        code,
        signal,
        at: new Date().toISOString(),
      });
      setTimeout(
        () => supervising && children[name] === child && spawnService(name),
        1000,
      );
    });
    return child;
  }

  async function waitHealthy(name, timeoutMs = 90_000) {
    const child = children[name];
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(
          `${name} exited with code ${child.exitCode}; see ${join(logDir, name + '.log')}`,
        );
      try {
        const response = await fetch(`${urls[name]}/health`, {
          signal: AbortSignal.timeout(2000),
        });
        if (response.ok) return;
        last = `HTTP ${response.status}`;
      } catch (error) {
        last = error.message;
      }
      await sleep(250);
    }
    throw new Error(
      `${name} not healthy within ${timeoutMs} ms (${last}); see ${join(logDir, name + '.log')}`,
    );
  }

  return {
    urls,
    envs,
    names: SERVICES.map((s) => s.name),
    async startAll() {
      for (const spec of SERVICES) spawnService(spec.name);
      await Promise.all(SERVICES.map((s) => waitHealthy(s.name)));
    },
    /** kill -9, wait, start again, wait for /health; resolves to the ms until healthy again. */
    async crash(name, downMs) {
      const child = children[name];
      const exited = new Promise((r) => child.once('exit', r));
      child.intended = true;
      child.kill('SIGKILL');
      await exited;
      await sleep(downMs);
      const started = Date.now();
      spawnService(name);
      await waitHealthy(name);
      return Date.now() - started;
    },
    waitHealthy,
    async allHealthy() {
      for (const name of Object.keys(children)) {
        try {
          const response = await fetch(`${urls[name]}/health`, {
            signal: AbortSignal.timeout(3000),
          });
          if (!response.ok) return false;
        } catch {
          return false;
        }
      }
      return true;
    },
    unexpectedExits,
    stopAll() {
      supervising = false;
      return Promise.all(Object.values(children).map(terminate));
    },
    killAllNow() {
      supervising = false;
      for (const child of Object.values(children))
        if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
