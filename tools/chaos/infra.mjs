// The chaos run's own PostgreSQL cluster and Redis, in a temp directory, so it can break them without
// touching the machine's. Everything started here is stopped and deleted by `cleanup()`.
import { spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canConnect } from '../stack/infra.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function portTaken(port) {
  return canConnect('127.0.0.1', port, 300);
}

/** The first base from `start` (in steps of 10) whose `count` ports are all free. */
export async function freePortBase(start, count) {
  for (let base = start; base < start + 2000; base += 10) {
    let free = true;
    for (let i = 0; i < count && free; i++)
      if (await portTaken(base + i)) free = false;
    if (free) return base;
  }
  throw new Error(`no ${count} free ports from ${start}`);
}

export async function waitPort(port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await canConnect('127.0.0.1', port, 250)) return true;
    await sleep(250);
  }
  return false;
}

const isRoot = process.getuid?.() === 0;

function postgresBin() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length)
    throw new Error(`no PostgreSQL server binaries under ${root}`);
  return join(root, versions[0], 'bin');
}

/** Runs a PostgreSQL tool, as the `postgres` user when we are root (the server refuses to run as root). */
function pgTool(bin, tool, args, { check = true } = {}) {
  const command = join(bin, tool);
  const result = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], {
        encoding: 'utf8',
      })
    : spawnSync(command, args, { encoding: 'utf8' });
  if (check && result.status !== 0)
    throw new Error(
      `${tool} ${args.join(' ')} failed:\n${result.stderr || result.stdout}`,
    );
  return result;
}

function uidOf(user) {
  const result = spawnSync('id', ['-u', user], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', user], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`no user ${user}`);
  return { uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** A temp directory for everything of this run; `postgres` may write in it when we are root. */
export function makeRunDir() {
  const dir = mkdtempSync(join(tmpdir(), 'bvr-chaos-'));
  if (isRoot) {
    const { uid, gid } = uidOf('postgres');
    chownSync(dir, uid, gid);
  }
  return dir;
}

/**
 * initdb + pg_ctl start on a free port, trust auth, socket in the run directory.
 * @returns {Promise<{ port: number, url: (db: string) => string, restart: () => Promise<void>, stop: () => void, log: string }>}
 */
export async function startPrivatePostgres(runDir) {
  const bin = postgresBin();
  const data = join(runDir, 'pg');
  const log = join(runDir, 'postgres.log');
  const port = await freePort();
  pgTool(bin, 'initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const options = `-p ${port} -k ${runDir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  pgTool(bin, 'pg_ctl', [
    '-D',
    data,
    '-l',
    log,
    '-w',
    '-t',
    '60',
    '-o',
    options,
    'start',
  ]);
  if (!(await waitPort(port, 30)))
    throw new Error(`private PostgreSQL does not answer on ${port}`);
  let stopped = false;
  return {
    port,
    log,
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    /** A fast shutdown (open transactions roll back, connections drop) and a start. */
    async restart() {
      pgTool(bin, 'pg_ctl', [
        '-D',
        data,
        '-l',
        log,
        '-w',
        '-t',
        '60',
        '-m',
        'fast',
        '-o',
        options,
        'restart',
      ]);
      if (!(await waitPort(port, 30)))
        throw new Error('private PostgreSQL did not come back');
    },
    stop() {
      if (stopped) return;
      stopped = true;
      pgTool(
        bin,
        'pg_ctl',
        ['-D', data, '-w', '-t', '20', '-m', 'immediate', 'stop'],
        { check: false },
      );
    },
  };
}

/**
 * redis-server as our child, AOF on as in docker/compose.yml (production keeps BullMQ jobs across
 * restarts that way; without it a restart empties every queue and delayed timer job).
 * @returns {Promise<{ port: number, url: string, restart: () => Promise<void>, stop: () => Promise<void> }>}
 */
export async function startPrivateRedis(runDir, { appendOnly = true } = {}) {
  const dir = join(runDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--dir',
    dir,
    '--save',
    '',
    '--appendonly',
    appendOnly ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    '--maxmemory-policy',
    'noeviction',
    '--logfile',
    join(runDir, 'redis.log'),
  ];
  let child;
  const start = async () => {
    child = spawn('redis-server', args, { stdio: 'ignore' });
    if (!(await waitPort(port, 20)))
      throw new Error(`private Redis does not answer on ${port}`);
  };
  const stop = () =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null)
        return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    /** SIGTERM (Redis fsyncs its AOF and exits), then the same command again. */
    async restart() {
      await stop();
      await start();
    },
    stop,
    /** kill -9 (up to a second of AOF writes may be lost with appendfsync everysec), then start again. */
    async crash() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      await start();
    },
  };
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}
