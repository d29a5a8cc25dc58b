// PostgreSQL and Redis: check they answer, start them when installed but stopped, create the database.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import pg from 'pg';

const INSTALL_HINT =
  'apt-get update && apt-get install -y postgresql redis-server';

export function canConnect(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await canConnect(host, port, 250)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** Starts PostgreSQL (Debian's cluster tools) when installed and stopped; fails with the install command otherwise. */
export async function ensurePostgres(databaseUrl) {
  const { hostname, port } = new URL(databaseUrl);
  const p = Number(port || 5432);
  if (await canConnect(hostname, p)) return;
  if (!existsSync('/etc/postgresql'))
    throw new Error(
      `PostgreSQL is not installed. Install it with: ${INSTALL_HINT}`,
    );
  for (const version of readdirSync('/etc/postgresql')) {
    console.log(`Starting PostgreSQL ${version}…`);
    spawnSync(
      'pg_ctlcluster',
      ['--skip-systemctl-redirect', version, 'main', 'start'],
      { stdio: 'inherit' },
    );
  }
  if (!(await waitFor(hostname, p, 20)))
    throw new Error(`PostgreSQL does not answer on ${hostname}:${p}`);
}

/** Starts a local redis-server when installed and stopped. */
export async function ensureRedis(redisUrl) {
  const { hostname, port } = new URL(redisUrl);
  const p = Number(port || 6379);
  if (await canConnect(hostname, p)) return;
  const installed =
    spawnSync('sh', ['-c', 'command -v redis-server']).status === 0;
  if (!installed)
    throw new Error(`Redis is not installed. Install it with: ${INSTALL_HINT}`);
  console.log('Starting Redis…');
  execFileSync('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '--port',
    String(p),
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  if (!(await waitFor(hostname, p, 10)))
    throw new Error(`Redis does not answer on ${hostname}:${p}`);
}

/** Creates the database named in the URL when it does not exist. */
export async function ensureDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [name],
    );
    if (!rowCount)
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(
      `DROP DATABASE IF EXISTS "${name.replace(/"/g, '')}" WITH (FORCE)`,
    );
  } finally {
    await client.end();
  }
}
