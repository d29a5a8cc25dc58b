// npm run chaos — the whole platform on its own PostgreSQL and Redis, under continuous load from its
// real clients, while each service is killed (-9) in turn and Redis and PostgreSQL are restarted;
// then every acknowledged report, decision, bekymringsmelding and e-mail is accounted for.
//
// Knobs: CHAOS_SECONDS (load, default 150), CHAOS_DRAIN_SECONDS (default 180), CHAOS_PORT_BASE
// (default 4700; moves up by 10 while taken), CHAOS_REDIS_AOF=0 (Redis without persistence, to see
// what that costs), CHAOS_REDIS_CRASH=1 (kill -9 Redis instead of a clean restart), CHAOS_KEEP=1 (keep the temp directory with the logs).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { fmt, report, verdict } from '../../bench/report.mjs';
import { ensureDatabase } from '../stack/infra.mjs';
import {
  migrateAndSeed,
  ROOT,
  startMailCatcher,
  terminate,
} from '../stack/launch.mjs';
import { account, pendingWork } from './accounting.mjs';
import { Browser, CaseSystem } from './clients.mjs';
import {
  freePort,
  freePortBase,
  makeRunDir,
  removeDir,
  startPrivatePostgres,
  startPrivateRedis,
} from './infra.mjs';
import { createLoad } from './load.mjs';
import { createPlatform } from './platform.mjs';

const LOAD_SECONDS = Number(process.env.CHAOS_SECONDS ?? 150);
const DRAIN_SECONDS = Number(process.env.CHAOS_DRAIN_SECONDS ?? 180);
const REDIS_AOF = process.env.CHAOS_REDIS_AOF !== '0';
const KEEP = process.env.CHAOS_KEEP === '1';
const REDIS_CRASH = process.env.CHAOS_REDIS_CRASH === '1';
const OFFICES = ['sf-vestland', 'sf-oslo-viken', 'sf-rogaland'];
/** dev-idporten's test persons: one Statsforvalter caseworker per office above, and the platform admin. */
const CONTROLLERS = [
  { name: 'Per Johansen', pid: '04878210587' },
  { name: 'Lise Larsen', pid: '15897510682' },
  { name: 'Nils Olsen', pid: '26918810772' },
];
const PLATFORM_ADMIN = '24838111765';
/** Tor Karlsen: concern caseworker for Bergen, where the citizens' bekymringsmeldinger go. */
const CONCERN_CASEWORKERS = [{ name: 'Tor Karlsen', pid: '02928411594' }];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const log = (line) =>
  console.log(
    `[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}`,
  );

// Everything started is stopped and deleted on the way out, also on failure and Ctrl-C.
const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, async () => {
    console.error(
      `\n${signal}: stopping and removing the private PostgreSQL and Redis…`,
    );
    await cleanup();
    process.exit(130);
  });

// A client bug must not leave the private PostgreSQL and Redis behind: report it and go on.
process.on('unhandledRejection', (error) =>
  console.error(`unhandled rejection: ${error?.stack ?? error}`),
);

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\nchaos run failed: ${error.stack ?? error.message}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

async function main() {
  // 1. Private infrastructure.
  const runDir = makeRunDir();
  cleanups.push(() => (KEEP ? log(`kept ${runDir}`) : removeDir(runDir)));
  const postgres = await startPrivatePostgres(runDir);
  cleanups.push(() => postgres.stop());
  const redis = await startPrivateRedis(runDir, { appendOnly: REDIS_AOF });
  cleanups.push(() => redis.stop());
  log(
    `private PostgreSQL on ${postgres.port}, Redis on ${redis.port} (AOF ${REDIS_AOF ? 'on' : 'off'}), in ${runDir}`,
  );

  // 2. The platform, migrated and seeded as `npm start` does.
  const databaseUrl = postgres.url('barnevern');
  await ensureDatabase(databaseUrl);
  const stack = {
    portBase: await freePortBase(
      Number(process.env.CHAOS_PORT_BASE ?? 4700),
      7,
    ),
    databaseUrl,
    redisUrl: redis.url,
    queuePrefix: 'chaos',
    smtpPort: await freePort(),
    webRoot: join(ROOT, 'dist/apps/web/browser'),
    printSpoolDir: join(runDir, 'print-spool'),
    loginRateLimit: 1000,
  };
  migrateAndSeed(stack);
  const logDir = join(runDir, 'logs');
  const mail = startMailCatcher({
    smtpPort: stack.smtpPort,
    webPort: await freePort(),
    logDir: runDir,
  });
  cleanups.push(() => terminate(mail.child));
  await mail.ready();
  const platform = createPlatform(stack, logDir);
  cleanups.push(() => platform.stopAll());
  await platform.startAll();
  const { urls } = platform;
  log(
    `platform up: gateway ${urls.gateway}, mail catcher ${mail.url}, logs ${logDir}`,
  );
  const db = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  // The restart drops idle connections; the pool makes new ones.
  db.on('error', () => undefined);
  cleanups.push(() => db.end());

  // Set-up through the APIs: the units of three offices, the open periods, one case system per kommune.
  const admin = new Browser(urls.gateway, urls['dev-idporten']);
  await admin.logIn(PLATFORM_ADMIN);
  const units = (
    await admin.api('GET', '/api/reporting/reference-data/reporting-units')
  ).body.items.filter((u) => OFFICES.includes(u.officeId));
  const today = new Date().toISOString().slice(0, 10);
  const periods = (
    await admin.api('GET', '/api/reporting/periods')
  ).body.items.filter((p) => p.formVersion === 2 && p.opensOn <= today);
  const taken = new Set(
    (
      await db.query(
        `SELECT unit_id || '/' || period_id AS k FROM reporting.report`,
      )
    ).rows.map((r) => r.k),
  );
  const slots = shuffle(
    periods.flatMap((p) =>
      units
        .filter((u) => !taken.has(`${u.number}/${p.id}`))
        .map((u) => ({
          unitId: u.number,
          kommune: u.kommuneNumber,
          officeId: u.officeId,
          periodId: p.id,
        })),
    ),
  );
  const caseSystems = {};
  for (const kommune of new Set(units.map((u) => u.kommuneNumber))) {
    const system = await CaseSystem.create();
    const registered = await admin.api(
      'POST',
      '/api/identity/machine-clients',
      {
        name: `Fagsystem ${kommune} (kaostest)`,
        orgNumber: '964338531',
        unitId: kommune,
        publicJwk: system.publicJwk,
      },
    );
    if (registered.status !== 201)
      throw new Error(
        `registering a case system: ${registered.status} ${registered.text}`,
      );
    system.configure(
      registered.body.clientId,
      `${urls.gateway}/api/identity/oauth/token`,
      urls.identity,
    );
    caseSystems[kommune] = system;
  }
  log(
    `${units.length} units of ${OFFICES.join(', ')}; ${periods.length} open periods; ${slots.length} reports to submit; ${Object.keys(caseSystems).length} case systems registered`,
  );

  // 3. Load.
  const load = createLoad({
    gateway: urls.gateway,
    provider: urls['dev-idporten'],
    concernUrl: urls.bekymringsmelding,
    values: unitReportValues(),
    slots,
    caseSystems,
    controllers: CONTROLLERS,
    concernCaseworkers: CONCERN_CASEWORKERS,
    // Spread the reports over the whole load (each (unit, period) is submitted once, plus corrections).
    reporterPauseMs: Math.max(
      200,
      (3 * LOAD_SECONDS * 1000) / Math.max(1, slots.length * 0.9),
    ),
  });
  const since = new Date();
  load.start();
  const loadStart = Date.now();
  const progress = setInterval(() => {
    const r = load.record;
    log(
      `load: reports ${r.submissions.filter((s) => s.status === 'acked').length}/${r.submissions.length} acked, decisions ${r.decisions.filter((d) => d.status === 'acked').length}, bekymringsmeldinger ${r.concerns.filter((c) => c.status === 'acked').length}/${r.concerns.length}, unexpected exits ${platform.unexpectedExits.length}`,
    );
  }, 15_000);
  cleanups.push(() => clearInterval(progress));

  // 4. Faults, spread over the load.
  const faults = [
    ...platform.names.map((name) => ({
      label: `kill -9 ${name}`,
      run: () => platform.crash(name, 3000),
    })),
    REDIS_CRASH
      ? {
          label: 'crash Redis (kill -9, start)',
          run: () => timed(() => redis.crash()),
        }
      : {
          label: 'restart Redis (SIGTERM, start)',
          run: () => timed(() => redis.restart()),
        },
    {
      label: 'restart PostgreSQL (pg_ctl restart -m fast)',
      run: () => timed(() => postgres.restart()),
    },
  ];
  const warmup = Math.min(15, LOAD_SECONDS * 0.1) * 1000;
  const spacing = (LOAD_SECONDS * 1000 - warmup - 10_000) / faults.length;
  const faultLog = [];
  for (const [i, fault] of faults.entries()) {
    const at = loadStart + warmup + i * spacing;
    if (at > Date.now()) await sleep(at - Date.now());
    log(`fault: ${fault.label}`);
    try {
      const ms = await fault.run();
      faultLog.push({
        fault: fault.label,
        back: `healthy again ${fmt(ms / 1000)} s after start`,
        ok: true,
      });
      log(`  back after ${fmt(ms / 1000)} s`);
    } catch (error) {
      faultLog.push({
        fault: fault.label,
        back: `FAILED: ${error.message}`,
        ok: false,
      });
      log(`  failed: ${error.message}`);
    }
  }
  const end = loadStart + LOAD_SECONDS * 1000;
  if (end > Date.now()) await sleep(end - Date.now());

  // 5. Stop producing; caseworkers and corrections go on until all work is done (or the limit).
  load.stopProducing();
  log('load stopped; waiting for pending work to complete');
  const drainStart = Date.now();
  let pending = {};
  let drained = false;
  while (Date.now() - drainStart < DRAIN_SECONDS * 1000) {
    try {
      pending = await pendingWork(db, redis.url, stack.queuePrefix, since);
      const open =
        Object.values(pending).reduce((a, b) => a + b, 0) +
        load.pendingResubmits();
      if (open === 0) {
        drained = true;
        break;
      }
    } catch (error) {
      pending = { [`cannot read: ${error.message}`]: 1 };
    }
    await sleep(2000);
  }
  const drainSeconds = (Date.now() - drainStart) / 1000;
  clearInterval(progress);
  await load.stop();
  log(
    drained
      ? `all pending work done in ${fmt(drainSeconds)} s`
      : `pending work NOT done after ${DRAIN_SECONDS} s`,
  );
  pending = await pendingWork(db, redis.url, stack.queuePrefix, since);

  // 6. Accounting.
  const counts = await account(db, load.record, mail.url, since);
  const kinds = [
    ['reports submitted', counts.reports],
    ['workflow instances (halvarsrapport)', counts.instances],
    ['control tasks decided', counts.tasks],
    ['bekymringsmeldinger', counts.concerns],
    ['bekymringsmeldinger confirmed («Bekreft»)', counts.confirmations],
    ['e-mails', counts.email],
  ];
  const rows = [];
  for (const [name, c] of kinds) {
    rows.push([
      name,
      `sent ${c.sent}, ack ${c.acknowledged}, stored ${c.stored}, lost ${c.lost}, duplicated ${c.duplicated}`,
      verdict(c.lost === 0 && c.duplicated === 0, 'nothing lost or duplicated'),
    ]);
  }
  const stillPending = Object.entries(pending).filter(([, n]) => n > 0);
  rows.push([
    'pending work after the load',
    stillPending.length
      ? stillPending.map(([k, n]) => `${k}: ${n}`).join('; ')
      : 'none',
    verdict(
      drained && !stillPending.length,
      `all done within ${DRAIN_SECONDS} s`,
    ),
  ]);
  for (const f of faultLog)
    rows.push([f.fault, f.back, f.ok ? '' : 'FAULT NOT RECOVERED']);
  rows.push([
    'services that died on their own',
    String(platform.unexpectedExits.length),
    platform.unexpectedExits
      .map((e) => `${e.name} (${e.code ?? e.signal})`)
      .join(', '),
  ]);
  const notes = [
    `Load ${LOAD_SECONDS} s: ${Object.keys(caseSystems).length} case systems submitting through the gateway (bearer token passed through), ${CONTROLLERS.length} Statsforvalter caseworkers through the gateway with ID-porten sessions, citizens straight to the bekymringsmelding service (the gateway allows 10 a minute per address), ${CONCERN_CASEWORKERS.length} concern caseworker downloading and confirming every other one through the gateway. Drain ${fmt(drainSeconds)} s. Redis AOF ${REDIS_AOF ? 'on (as docker/compose.yml)' : 'off'}.`,
    `"sent" = intents a client started; "ack" = a 2xx reached the client (after its retries); "stored" = rows in the private database (e-mails: recipients recorded as sent). Instances: sent = reports stored, ack = reports acknowledged.`,
    ...load.record.errors.map((e) => `load error (a client crashed): ${e}`),
    ...kinds.flatMap(([name, c]) =>
      c.notes.slice(0, 12).map((n) => `${name}: ${n}`),
    ),
  ];
  console.log('');
  report(
    `Chaos run: ${LOAD_SECONDS} s of load, each service killed -9 in turn, Redis and PostgreSQL restarted`,
    rows,
    notes,
  );
  const bad =
    load.record.errors.length > 0 ||
    kinds.some(([, c]) => c.lost > 0 || c.duplicated > 0) ||
    !drained ||
    stillPending.length > 0;
  if (bad) console.log(`\nLogs: ${logDir} (kept with CHAOS_KEEP=1)`);
  return bad ? 1 : 0;
}

async function timed(fn) {
  const started = Date.now();
  await fn();
  return Date.now() - started;
}

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A valid report (every point the unit fills: 0, 1.5, no, a remark), from the form definition in libs/report-forms, as the tests build it. */
function unitReportValues() {
  const script = `
    const f = require('./libs/report-forms/src/index.ts');
    const sample = { count: 0, decimal: 1.5, yesNo: false, text: 'Ingen merknader.' };
    const values = {};
    for (const point of f.pointsFilledBy(f.HALVARSRAPPORT_V2, 'unit')) values[point.id] = sample[point.kind];
    process.stdout.write(JSON.stringify(values));`;
  const result = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', '-e', script],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0)
    throw new Error(`reading the form definition: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
