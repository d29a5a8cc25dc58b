import pg from 'pg';
import { ensureDatabase } from '/work/main/tools/stack/infra.mjs';
import { loadTaskRows } from '/work/main/bench/workflow/scenarios.mjs';
import {
  runMigrations,
  serviceEnv,
  startService,
  stopService,
} from '/work/main/bench/workflow/service-cluster.mjs';
const databaseUrl = 'postgres://postgres@127.0.0.1:5432/bvr_inbox_probe';
await ensureDatabase(databaseUrl);
const env = serviceEnv({
  port: 4399,
  databaseUrl,
  redisUrl: 'redis://127.0.0.1:6379',
  prefix: 'probe',
});
await runMigrations(env);
const s = await startService(env);
await stopService(s);
const db = new pg.Pool({ connectionString: databaseUrl });
await loadTaskRows(db, 1_000_000);
await db.end();
