// npm run bench:spike — the whole platform under a reporting deadline: every kommune's case system
// submits its half-year report through the gateway at the same moment; then citizens send reports of
// concern to the public intake; and the memory of every service at rest and under that load.
import autocannon from 'autocannon';
import { build } from 'esbuild';
import Redis from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import {
  dropDatabase,
  ensureDatabase,
  ensurePostgres,
  ensureRedis,
} from '../../tools/stack/infra.mjs';
import {
  migrateAndSeed,
  startMailCatcher,
  startServices,
  terminate,
} from '../../tools/stack/launch.mjs';
import {
  portOf,
  SERVICE_NODE_OPTIONS,
  SERVICES,
} from '../../tools/stack/services.mjs';
import { fmt, report, verdict } from '../report.mjs';
import { accessTokens, logIn, registerCaseSystems } from './case-systems.mjs';
import { memoryOf, sampleMemory, servicePids } from './memory.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const PG_ADMIN =
  process.env.BENCH_DATABASE_ADMIN_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PORT_BASE = Number(process.env.BENCH_SPIKE_PORT_BASE ?? 4600);
const REPORTERS = Number(process.env.BENCH_SPIKE_REPORTERS ?? 1000);
const INTAKE_SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 20);
const INTAKE_CONNECTIONS = 50;
/** The steady phase's rate: every reporting unit in Norway within this many seconds, spread evenly. */
const STEADY_SECONDS = Number(process.env.BENCH_SPIKE_STEADY_SECONDS ?? 20);
/** Submissions one at a time before the spike: what one costs when nobody else submits. */
const ALONE = 20;
/** How long the workflow may take to start every submission's process after the spike. */
const WORKFLOW_WAIT_MS = 300_000;
const TARGET_P99_MS = 300;
const TARGET_RSS_MB = 200;
/** The gateway's default limit of reports of concern per client address and minute. */
const CONCERN_INTAKE_RATE_LIMIT = 10;

const id = randomBytes(4).toString('hex');
const databaseUrl = Object.assign(new URL(PG_ADMIN), {
  pathname: `/bvr_bench_spike_${id}`,
}).toString();
const prefix = `bench-spike-${id}`;
const workDir = mkdtempSync(join(tmpdir(), `bvr-bench-spike-${id}-`));
const stack = {
  portBase: PORT_BASE,
  databaseUrl,
  redisUrl: REDIS_URL,
  queuePrefix: prefix,
  smtpPort: PORT_BASE + 10,
  webRoot: join(ROOT, 'dist/apps/web/browser'),
  logLevel: 'warn',
  printSpoolDir: join(workDir, 'print-spool'),
};
const logDir = join(workDir, 'logs');
mkdirSync(logDir, { recursive: true });
const url = (name) => `http://127.0.0.1:${portOf(stack, name)}`;

// The gateway's limits as configured by default: case systems calling with their own token are
// counted per client (CASE_SYSTEM_RATE_LIMIT), so 1,000 of them from one address are not refused;
// reports of concern per address (CONCERN_INTAKE_RATE_LIMIT). startServices gives each service this
// process's environment under its own, so a limit set in the shell is dropped here.
delete process.env.PUBLIC_RATE_LIMIT;
delete process.env.CASE_SYSTEM_RATE_LIMIT;
delete process.env.CONCERN_INTAKE_RATE_LIMIT;

await ensurePostgres(PG_ADMIN);
await ensureRedis(REDIS_URL);
await ensureDatabase(databaseUrl);
const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
let services;
let mail;
let failed = false;
let cleaning;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    failed = true;
    console.error(`\n${signal}: stopping the platform and removing its data…`);
    cleanUp().finally(() => process.exit(130));
  });
/** The reporting units of today's reference data. */
let units = 0;
try {
  console.log(
    `spike benchmark: database ${new URL(databaseUrl).pathname.slice(1)}, ports ${PORT_BASE}–${PORT_BASE + 11}, queue prefix ${prefix}, logs in ${logDir}\n`,
  );
  migrateAndSeed(stack);
  mail = startMailCatcher({
    smtpPort: stack.smtpPort,
    webPort: PORT_BASE + 11,
    logDir,
  });
  await mail.ready();
  services = await startServices(stack, { logDir });
  const pids = servicePids(SERVICES.map((s) => s.name));
  await new Promise((r) => setTimeout(r, 5000)); // past start-up work: sweepers, first polls
  const atRest = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, memoryOf(pid).rss]),
  );

  // Part 1: the deadline spike.
  const { plan, steady, alone } = await submissionPlan(REPORTERS, ALONE);
  const admin = await logIn(url('gateway'));
  const systems = await registerCaseSystems(url('gateway'), admin, [
    ...new Set([...plan, ...steady, ...alone].map((s) => s.unitId)),
  ]);
  const tokens = await accessTokens(url('gateway'), systems, url('identity'));
  const oneAtATime = await submitOneAtATime(alone, tokens);
  const spikeMemory = sampleMemory(pids);
  const spike = await deadlineSpike(plan, tokens);
  const spikePeak = spikeMemory.stop();
  const stored = await storedSubmissions(plan, alone);
  const workflow = await workflowCaughtUp([...plan, ...alone], spike);
  reportSpike(plan, spike, stored, workflow, oneAtATime);
  const steadyRun = await steadyArrivals(steady, tokens);
  const steadyStored = await storedSubmissions(steady, [...plan, ...alone]);
  const steadyWorkflow = await workflowCaughtUp(steady, steadyRun);
  reportSteady(steady, steadyRun, steadyStored, steadyWorkflow);

  // Part 2: reports of concern.
  const intakeMemory = sampleMemory(pids);
  const intake = await concernIntake();
  const intakePeak = intakeMemory.stop();
  const gatewayLimit = await gatewayConcernLimit();
  intake.processes = await concernProcesses();
  intake.total = await concernCount();
  reportIntake(intake, gatewayLimit);

  // Part 3: memory.
  reportMemory(pids, atRest, spikePeak, intakePeak);
} catch (error) {
  failed = true;
  console.error(`\nspike benchmark failed: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

/** Stops what this run started and removes its database and Redis keys; once, also on Ctrl-C. */
async function cleanUp() {
  cleaning ??= (async () => {
    if (services) await services.stop();
    if (mail) await terminate(mail.child);
    await db.end();
    await dropDatabase(databaseUrl);
    await deleteKeys(REDIS_URL, prefix);
    if (failed || process.env.BENCH_SPIKE_KEEP_LOGS)
      console.error(`service logs kept in ${logDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaning;
}

/**
 * Which reports the reporters submit: each a different unit's first submission in a period that is
 * open (opened, and the unit's report still with the unit), the newest period first. Norway has fewer
 * reporting units (389) than 1,000, so 1,000 reporters reach into the open periods before the current
 * one: a late report is accepted (submission-window.ts).
 */
async function submissionPlan(count, aloneCount) {
  const { rows } = await db.query(`
    SELECT p.id AS "periodId", p.year, p.half, p.form_version AS "formVersion", u.number AS "unitId"
      FROM reporting.reporting_period p
      CROSS JOIN reporting.reporting_unit u
      LEFT JOIN reporting.report r ON r.unit_id = u.number AND r.period_id = p.id
     WHERE p.opens_on <= (now() AT TIME ZONE 'Europe/Oslo')::date
       AND u.version_id = (SELECT max(id) FROM reporting.reference_data_version
                            WHERE valid_from <= (now() AT TIME ZONE 'Europe/Oslo')::date)
       AND (r.id IS NULL OR r.status IN ('draft', 'returned'))
     ORDER BY p.opens_on DESC, u.number`);
  if (rows.length < count + aloneCount)
    throw new Error(
      `only ${rows.length} reports can be submitted in the open periods; BENCH_SPIKE_REPORTERS=${count}`,
    );
  const forms = await formValues();
  units = (
    await db.query(`
      SELECT count(*)::int AS n FROM reporting.reporting_unit
       WHERE version_id = (SELECT max(id) FROM reporting.reference_data_version
                            WHERE valid_from <= (now() AT TIME ZONE 'Europe/Oslo')::date)`)
  ).rows[0].n;
  const slots = rows.map((slot) => {
    const values = forms[slot.formVersion];
    if (!values) throw new Error(`no form version ${slot.formVersion}`);
    return { ...slot, values };
  });
  // The ones submitted alone come from the end of the list, so the spike keeps the newest periods;
  // the steady phase takes one report per unit (as many as are left) from those in between.
  const alone = slots.slice(-aloneCount);
  const steady = slots.slice(count, -aloneCount).slice(0, units);
  return { plan: slots.slice(0, count), steady, alone };
}

function submissionRequest(slot, tokens) {
  return {
    method: 'POST',
    path: `/api/reporting/periods/${slot.periodId}/units/${slot.unitId}/report/submit`,
    headers: {
      authorization: tokens.get(slot.unitId),
      'content-type': 'application/json',
    },
    body: JSON.stringify({ values: slot.values, idempotencyKey: randomUUID() }),
  };
}

/** A few reporters one after the other through the gateway, each alone on the platform. */
async function submitOneAtATime(slots, tokens) {
  const latencies = [];
  for (const slot of slots) {
    const { path, ...init } = submissionRequest(slot, tokens);
    const started = performance.now();
    const response = await fetch(`${url('gateway')}${path}`, init);
    await response.arrayBuffer();
    if (response.status !== 201)
      throw new Error(`${path}: HTTP ${response.status} (one at a time)`);
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 100)); // the workflow's share of the previous one
  }
  return latencies.sort((a, b) => a - b);
}

/**
 * A complete, valid report under each form version, built from the form definitions as the tests
 * build it (apps/reporting/test/support/report.factory.ts): every point the unit fills, 0 for counts.
 */
async function formValues() {
  const bundle = await build({
    entryPoints: [join(ROOT, 'libs/report-forms/src/index.ts')],
    tsconfig: join(ROOT, 'tsconfig.base.json'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const forms = await import(
    `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
  );
  const sample = {
    count: 0,
    decimal: 1.5,
    yesNo: false,
    text: 'Ingen merknader.',
  };
  return Object.fromEntries(
    forms.HALVARSRAPPORT_VERSIONS.map((definition) => [
      definition.version,
      Object.fromEntries(
        forms
          .pointsFilledBy(definition, 'unit')
          .map((point) => [point.id, sample[point.kind]]),
      ),
    ]),
  );
}

/** Every reporter at once: one connection each, one submission each, through the gateway. */
async function deadlineSpike(plan, tokens) {
  const requests = plan.map((slot) => submissionRequest(slot, tokens));
  let next = 0;
  const latencies = [];
  const statuses = {};
  const startedAt = Date.now();
  const instance = autocannon({
    url: url('gateway'),
    connections: plan.length,
    amount: plan.length,
    timeout: 60,
    requests: [
      {
        // A connection is one reporter: it keeps its submission should autocannon build it again.
        setupRequest: (request, context) => {
          context.submission ??= requests[next++];
          return { ...request, ...context.submission };
        },
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  const endedAt = Date.now();
  latencies.sort((a, b) => a - b);
  return {
    result,
    latencies,
    statuses,
    seconds: (endedAt - startedAt) / 1000,
    startedAt,
    endedAt,
  };
}

/**
 * The same kind of submissions arriving at a steady rate instead of all at once: the rate of every
 * reporting unit submitting within STEADY_SECONDS, for as many reports as the open periods have left.
 * Each is sent at its own moment whether or not earlier ones are answered (an open model: a slow
 * answer does not hold back the next reporter, so no latency is hidden).
 */
async function steadyArrivals(slots, tokens) {
  const rate = units / STEADY_SECONDS;
  const interval = 1000 / rate;
  const latencies = [];
  const statuses = {};
  let failures = 0;
  const startedAt = Date.now();
  await Promise.all(
    slots.map(async (slot, i) => {
      await new Promise((r) => setTimeout(r, i * interval));
      const { path, ...init } = submissionRequest(slot, tokens);
      const sent = performance.now();
      try {
        const response = await fetch(`${url('gateway')}${path}`, {
          ...init,
          signal: AbortSignal.timeout(60_000),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      } catch {
        failures++;
      }
    }),
  );
  const endedAt = Date.now();
  latencies.sort((a, b) => a - b);
  const non2xx = Object.entries(statuses)
    .filter(([code]) => !code.startsWith('2'))
    .reduce((n, [, count]) => n + count, 0);
  return {
    latencies,
    statuses,
    non2xx,
    failures,
    rate,
    seconds: (endedAt - startedAt) / 1000,
    startedAt,
    endedAt,
  };
}

/** Each submission of the spike is stored as exactly one version of its report, and nothing else. */
async function storedSubmissions(plan, others) {
  let { rows } = await db.query(
    `SELECT r.unit_id AS "unitId", r.period_id AS "periodId", r.status, count(v.*)::int AS versions,
            count(v.*) FILTER (WHERE v.command_sent_at IS NULL)::int AS unsent
       FROM reporting.report r
       JOIN reporting.report_version v ON v.report_id = r.id
      WHERE v.channel = 'machine'
      GROUP BY r.id`,
  );
  const key = (s) => `${s.unitId}/${s.periodId}`;
  const planned = new Set(plan.map(key));
  const submittedElse = new Set(others.map(key));
  const byKey = new Map(rows.map((row) => [key(row), row]));
  const unplanned = rows.filter(
    (row) => !planned.has(key(row)) && !submittedElse.has(key(row)),
  ).length;
  rows = rows.filter((row) => planned.has(key(row)));
  return {
    reports: rows.length,
    versions: rows.reduce((n, row) => n + row.versions, 0),
    missing: plan.filter((s) => !byKey.has(key(s))).length,
    duplicated: rows.filter((row) => row.versions > 1).length,
    unplanned,
    notSubmitted: rows.filter((row) => row.status !== 'submitted').length,
    unsent: rows.reduce((n, row) => n + row.unsent, 0),
  };
}

/** Waits until the workflow has started the halvårsrapport process of every submission. */
async function workflowCaughtUp(plan, spike) {
  const since = spike.endedAt;
  const expected = new Set(
    plan.map((s) => `halvarsrapport-${s.unitId}-${s.year}-${s.half}`),
  );
  const deadline = Date.now() + WORKFLOW_WAIT_MS;
  for (;;) {
    const { rows } = await db.query(
      `SELECT business_key AS key, count(*)::int AS n, max(started_at) AS last
         FROM workflow.process_instance
        WHERE definition_key = 'halvarsrapport'
        GROUP BY business_key`,
    );
    const found = rows.filter((row) => expected.has(row.key));
    const done = found.length === expected.size;
    if (done || Date.now() > deadline) {
      const last = Math.max(...found.map((row) => row.last.getTime()), since);
      return {
        expected: expected.size,
        instances: found.reduce((n, row) => n + row.n, 0),
        started: found.length,
        duplicated: found.filter((row) => row.n > 1).length,
        caughtUp: done,
        lagSeconds: (last - since) / 1000,
        perSecond: found.length / ((last - spike.startedAt) / 1000),
        waitedSeconds: (Date.now() - since) / 1000,
      };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function reportSpike(plan, spike, stored, workflow, alone) {
  const { result, latencies, statuses } = spike;
  const ok = latencies.length - (result.non2xx ?? 0);
  const errors = result.non2xx + result.errors;
  const p = (q) => percentile(latencies, q);
  const periods = [...new Set(plan.map((s) => `${s.half}/${s.year}`))];
  report(
    `Deadline spike: ${fmt(plan.length, 0)} case systems submit at once through the gateway (autocannon, ${fmt(plan.length, 0)} connections, 1 submission each)`,
    [
      [
        'submissions accepted (2xx) / sent',
        `${fmt(ok, 0)} / ${fmt(plan.length, 0)}`,
        '',
      ],
      [
        'throughput',
        `${fmt(ok / spike.seconds)} submissions/s`,
        `(${fmt(spike.seconds)} s for all)`,
      ],
      [
        'latency p50 / p95 / p99',
        `${fmt(p(50), 0)} / ${fmt(p(95), 0)} / ${fmt(p(99), 0)} ms`,
        verdict(p(99) < TARGET_P99_MS, `p99 < ${TARGET_P99_MS} ms`),
      ],
      ['latency max', `${fmt(latencies.at(-1) ?? NaN, 0)} ms`, ''],
      [
        `one at a time before the spike (${alone.length}): p50 / max`,
        `${fmt(percentile(alone, 50), 0)} / ${fmt(alone.at(-1) ?? NaN, 0)} ms`,
        '',
      ],
      [
        'errors: non-2xx / connection errors / timeouts',
        `${fmt(result.non2xx, 0)} / ${fmt(result.errors - result.timeouts, 0)} / ${fmt(result.timeouts, 0)}`,
        verdict(errors === 0, '0'),
      ],
      [
        'stored: reports / versions',
        `${fmt(stored.reports, 0)} / ${fmt(stored.versions, 0)}`,
        verdict(
          stored.reports === plan.length &&
            stored.versions === plan.length &&
            !stored.missing &&
            !stored.unplanned &&
            !stored.notSubmitted,
          'each submission exactly once',
        ),
      ],
      [
        'halvårsrapport processes started',
        `${fmt(workflow.started, 0)} of ${fmt(workflow.expected, 0)} (${fmt(workflow.instances, 0)} instances)`,
        verdict(
          workflow.caughtUp && workflow.instances === workflow.expected,
          'one per submission',
        ),
      ],
      [
        'workflow caught up',
        workflow.caughtUp
          ? `${fmt(workflow.lagSeconds)} s after the spike (${fmt(workflow.perSecond)} starts/s)`
          : `NOT within ${fmt(workflow.waitedSeconds, 0)} s`,
        '',
      ],
    ],
    [
      `Status codes: ${Object.entries(statuses)
        .map(([code, n]) => `${code} ×${n}`)
        .join(
          ', ',
        )}. Missing ${stored.missing}, duplicated ${stored.duplicated}, not in the plan ${stored.unplanned}, not 'submitted' ${stored.notSubmitted}, workflow command unsent ${stored.unsent}; duplicated processes ${workflow.duplicated}.`,
      `Every reporter sends at the same moment, so the last answer waits for all before it: p99 < ${TARGET_P99_MS} ms for ${fmt(plan.length, 0)} at once would take over ${fmt(plan.length / (TARGET_P99_MS / 1000), 0)} submissions/s. One submission costs reporting about 10 queries in its transaction, and the workflow a process start, on a machine with ${availableParallelism()} cores.`,
      `Each reporter is a unit's case system with its own key, registered by a platform admin and authenticated with its own access token (JWT-bearer grant at identity, passed through the gateway without a session). Norway has ${units} reporting units, so ${fmt(plan.length, 0)} reporters submit in the open periods ${periods.join(', ')} (a late report is accepted).`,
      `Every call comes from 127.0.0.1: the gateway recognizes each case system by its verified token and counts it on its own (CASE_SYSTEM_RATE_LIMIT, 600 a minute each), not against the address.`,
    ],
  );
}

function reportSteady(slots, run, stored, workflow) {
  const { latencies, statuses, non2xx, failures } = run;
  const p = (q) => percentile(latencies, q);
  report(
    `Steady arrivals: ${fmt(slots.length, 0)} case systems submit through the gateway at ${fmt(run.rate)} submissions/s (all ${units} reporting units within ${STEADY_SECONDS} s), each at its own moment`,
    [
      [
        'submissions accepted (2xx) / sent',
        `${fmt(latencies.length - non2xx, 0)} / ${fmt(slots.length, 0)}`,
        '',
      ],
      [
        'latency p50 / p95 / p99',
        `${fmt(p(50), 0)} / ${fmt(p(95), 0)} / ${fmt(p(99), 0)} ms`,
        `${p(99) < TARGET_P99_MS ? 'under' : 'over'} ${TARGET_P99_MS} ms at this rate (the target is for the spike above)`,
      ],
      ['latency max', `${fmt(latencies.at(-1) ?? NaN, 0)} ms`, ''],
      [
        'errors: non-2xx / no answer within 60 s',
        `${fmt(non2xx, 0)} / ${fmt(failures, 0)}`,
        verdict(non2xx + failures === 0, '0'),
      ],
      [
        'stored: reports / versions; processes started',
        `${fmt(stored.reports, 0)} / ${fmt(stored.versions, 0)}; ${fmt(workflow.started, 0)} (${fmt(workflow.instances, 0)} instances)`,
        verdict(
          stored.reports === slots.length &&
            stored.versions === slots.length &&
            !stored.missing &&
            !stored.notSubmitted &&
            workflow.caughtUp &&
            workflow.instances === workflow.expected,
          'each exactly once',
        ),
      ],
    ],
    [
      `Status codes: ${Object.entries(statuses)
        .map(([code, n]) => `${code} ×${n}`)
        .join(
          ', ',
        )}. ${fmt(slots.length, 0)} is what the open periods have left after the spike. All ${units} reporting units in the same ${STEADY_SECONDS} s is still far above a real deadline day, where their reports arrive over hours; this shows the answer time while the platform keeps up, where the spike above shows what a queue of 1,000 at once costs.`,
    ],
  );
}

/** The intake a citizen's browser posts to, measured on the service itself. */
async function concernIntake() {
  const body = JSON.stringify(concernReport());
  const latencies = [];
  const statuses = {};
  const before = await concernCount();
  const instance = autocannon({
    url: `${url('bekymringsmelding')}/meldinger/privat`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: INTAKE_CONNECTIONS,
    duration: INTAKE_SECONDS,
    timeout: 30,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    result,
    latencies,
    statuses,
    stored: (await concernCount()) - before,
  };
}

/** The same report of concern sent to the gateway past its limit per address and minute. */
async function gatewayConcernLimit() {
  const statuses = [];
  for (let i = 0; i < CONCERN_INTAKE_RATE_LIMIT + 5; i++) {
    const response = await fetch(
      `${url('gateway')}/api/bekymringsmelding/meldinger/privat`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(concernReport()),
      },
    );
    await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

function concernReport() {
  return {
    kommunenummer: '4601',
    privatMelder: { personnavn: 'Synne Syntetisk', telefonnummer: '90000000' },
    privatBarn: [
      {
        personnavn: 'Lillegutt Testesen',
        adresse: {
          adresselinje1: 'Testveien 1',
          postnummer: '5003',
          poststed: 'Bergen',
        },
        antattAlder: '6 år',
      },
    ],
    melding:
      'Syntetisk testmelding fra ytelsestesten. Barnet virker ofte sliten og sulten på skolen. '.repeat(
        8,
      ),
  };
}

/** How many of the messages' processes the workflow has started so far. */
async function concernProcesses() {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM workflow.process_instance WHERE definition_key = 'bekymringsmelding'`,
  );
  return rows[0].n;
}

async function concernCount() {
  const { rows } = await db.query(
    'SELECT count(*)::int AS n FROM bekymringsmelding.concern_message',
  );
  return rows[0].n;
}

function reportIntake(intake, gatewayStatuses) {
  const { result, latencies, statuses } = intake;
  const accepted = latencies.length;
  const p = (q) => percentile(latencies, q);
  const gatewayAccepted = gatewayStatuses.filter((s) => s === 201).length;
  const limited = gatewayStatuses.filter((s) => s === 429).length;
  report(
    `Reports of concern: the public intake (POST /meldinger/privat), ${INTAKE_CONNECTIONS} connections for ${INTAKE_SECONDS} s`,
    [
      [
        'service, directly: accepted messages/s',
        `${fmt(accepted / result.duration)} /s`,
        `(${fmt(accepted, 0)} answered 201, ${fmt(intake.stored, 0)} stored)`,
      ],
      [
        'service, directly: latency p50 / p95 / p99',
        `${fmt(p(50), 0)} / ${fmt(p(95), 0)} / ${fmt(p(99), 0)} ms`,
        '',
      ],
      [
        'service, directly: errors (non-2xx / conn. / timeouts)',
        `${fmt(result.non2xx, 0)} / ${fmt(result.errors - result.timeouts, 0)} / ${fmt(result.timeouts, 0)}`,
        verdict(
          result.non2xx + result.errors === 0 && intake.stored >= accepted,
          '0, every accepted one stored',
        ),
      ],
      [
        'workflow: bekymringsmelding processes started by then',
        `${fmt(intake.processes, 0)} of ${fmt(intake.total, 0)} messages`,
        'no target (the workflow starts them from a queue)',
      ],
      [
        `gateway, one address: ${gatewayStatuses.length} sent in a row`,
        `${gatewayAccepted} × 201, then ${limited} × 429`,
        verdict(
          gatewayAccepted === CONCERN_INTAKE_RATE_LIMIT &&
            limited === gatewayStatuses.length - CONCERN_INTAKE_RATE_LIMIT,
          `429 past ${CONCERN_INTAKE_RATE_LIMIT} per address and minute`,
        ),
      ],
    ],
    [
      `Status codes, directly: ${Object.entries(statuses)
        .map(([code, n]) => `${code} ×${n}`)
        .join(
          ', ',
        )}. More are stored than answered: autocannon stops at ${INTAKE_SECONDS} s without waiting for the requests in flight. The service's figures are its capacity: every benchmark request comes from 127.0.0.1, and the gateway takes ${CONCERN_INTAKE_RATE_LIMIT} reports of concern per client address and minute (CONCERN_INTAKE_RATE_LIMIT), so through the gateway one address gets ${CONCERN_INTAKE_RATE_LIMIT} a minute, and the rest 429 (last row).`,
    ],
  );
}

function reportMemory(pids, atRest, spikePeak, intakePeak) {
  const rows = [];
  let worst = 0;
  for (const name of Object.keys(pids)) {
    const { hwm } = memoryOf(pids[name]);
    const peak = Math.max(spikePeak[name], intakePeak[name], hwm);
    worst = Math.max(worst, peak);
    rows.push([
      name,
      `${fmt(atRest[name], 0)} → ${fmt(spikePeak[name], 0)} / ${fmt(intakePeak[name], 0)} (peak ${fmt(hwm, 0)}) MB`,
      verdict(peak < TARGET_RSS_MB, `< ${TARGET_RSS_MB} MB`),
    ]);
  }
  report(
    'Memory per service process: RSS at rest → highest during the spike / during the intake (peak: VmHWM)',
    rows,
    [
      `RSS is VmRSS from /proc/<pid>/status, sampled every 200 ms; the peak is the kernel's high-water mark (VmHWM) since the process started. Highest of all: ${fmt(worst, 0)} MB. NODE_OPTIONS of the services, as npm start and docker/compose.yml run them: ${SERVICE_NODE_OPTIONS}.`,
    ],
  );
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

/** Every Redis key of this run: queues, sessions, rate-limit counters, assertion ids. */
async function deleteKeys(redisUrl, keyPrefix) {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [nextCursor, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${keyPrefix}:*`,
        'COUNT',
        1000,
      );
      cursor = nextCursor;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
