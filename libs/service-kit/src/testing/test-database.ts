import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const ADMIN_URL =
  process.env['TEST_DATABASE_ADMIN_URL'] ??
  'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL =
  process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh PostgreSQL database for one test file, so test files never see each other's data. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `bvr_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withAdmin((client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/** A BullMQ key prefix of its own per test file, so queues of parallel test files never mix. */
export function testQueuePrefix(label: string): string {
  return `test-${label}-${randomBytes(4).toString('hex')}`;
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
