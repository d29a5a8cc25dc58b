// What the benchmark runs against the service: full cycles, and the inbox over a large task table.
import { percentile } from './service-cluster.mjs';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const OFFICES = [
  'sf-vestland',
  'sf-oslo-viken',
  'sf-rogaland',
  'sf-agder',
  'sf-innlandet',
  'sf-more-romsdal',
  'sf-nordland',
  'sf-troms-finnmark',
  'sf-trondelag',
  'sf-vestfold-telemark',
];

async function post(base, path, authorization, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization,
    },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok)
    throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Start → complete "Kontroll statsforvalter" (Ja) → forward job handled → instance completed. */
export async function durableCycles({ bases, cycles, db, tokens }) {
  const [{ before }] = (
    await db.query(
      `SELECT count(*)::int AS before FROM workflow.process_instance WHERE status = 'completed'`,
    )
  ).rows;
  const steps = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (next < cycles) {
        const n = next++;
        const base = bases[(client + n) % bases.length];
        const instance = await post(base, '/process-instances', tokens.admin, {
          definitionKey: 'halvarsrapport',
          businessKey: `bench-${n}-${started}`,
          variables: {
            responsibleOfficeId: 'sf-vestland',
            reportingUnitId: '4601',
            reportingUnitName: 'Bergen',
            submittedAt: new Date().toISOString(),
          },
        });
        const stepStart = performance.now();
        await post(
          base,
          `/tasks/${instance.tasks[0].id}/complete`,
          tokens.controller,
          {
            idempotencyKey: `bench-${instance.id}`,
            variables: { approved: true },
          },
        );
        steps.push(performance.now() - stepStart);
      }
    }),
  );
  for (;;) {
    const [{ done }] = (
      await db.query(
        `SELECT count(*)::int AS done FROM workflow.process_instance WHERE status = 'completed'`,
      )
    ).rows;
    if (done - before >= cycles) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - started) / 1000;
  steps.sort((x, y) => x - y);
  return {
    cyclesPerSecond: cycles / seconds,
    step: {
      p50: percentile(steps, 50),
      p95: percentile(steps, 95),
      p99: percentile(steps, 99),
    },
  };
}

/** Fills user_task to `rows` rows over 10 offices (20 % open) and 10,000 instances, as years of use would. */
export async function loadTaskRows(db, rows) {
  const [{ existing }] = (
    await db.query('SELECT count(*)::int AS existing FROM workflow.user_task')
  ).rows;
  const missing = rows - existing;
  if (missing <= 0) return;
  const started = performance.now();
  await db.query(`
    INSERT INTO workflow.process_instance (id, definition_id, definition_key, definition_version, business_key, status, variables, started_at, started_by)
    SELECT gen_random_uuid(), d.id, d.key, d.version, 'filler-' || g, 'completed', '{}', now() - (g || ' minutes')::interval, 'bench'
    FROM generate_series(1, 10000) g, (SELECT id, key, version FROM workflow.process_definition ORDER BY version DESC LIMIT 1) d`);
  await db.query(
    `
    WITH filler AS (SELECT id, row_number() OVER () AS n FROM workflow.process_instance WHERE business_key LIKE 'filler-%')
    INSERT INTO workflow.user_task (instance_id, execution_id, definition_key, element_id, name, form_key, candidate_groups, status,
      reference, reporting_unit_id, reporting_unit_name, responsible_office_id, responsible_office_name, submitted_at, due_at, created_at, completed_at, completed_by)
    SELECT f.id, 'Task_kontroll_' || g, 'halvarsrapport', 'Task_kontroll', 'Kontroll statsforvalter', 'halvarsrapport:kontroll',
      ARRAY['statsforvalter:' || ($2::text[])[1 + (g / 3) % 10]], CASE WHEN g % 5 = 0 THEN 'open' ELSE 'completed' END,
      'HR-' || g, lpad((g % 356)::text, 4, '0'), 'Kommune ' || (g % 356), ($2::text[])[1 + (g / 3) % 10], 'Statsforvalteren ' || (g % 10),
      now() - (g || ' seconds')::interval, now() + ((g % 30) || ' days')::interval, now() - (g || ' seconds')::interval,
      CASE WHEN g % 5 = 0 THEN NULL ELSE now() END, CASE WHEN g % 5 = 0 THEN NULL ELSE 'bench' END
    FROM generate_series(1, $1::int) g JOIN filler f ON f.n = 1 + g % 10000`,
    [missing, OFFICES],
  );
  await db.query(`
    INSERT INTO workflow.task_audience (task_id, audience, open, submitted_at, due_at, created_at, unit_name, search_text)
    SELECT t.id, t.candidate_groups[1], t.status = 'open', t.submitted_at, t.due_at, t.created_at, t.reporting_unit_name,
      concat_ws(' · ', t.reference, t.reporting_unit_name, t.name, t.responsible_office_name)
    FROM workflow.user_task t JOIN workflow.process_instance i ON i.id = t.instance_id WHERE i.business_key LIKE 'filler-%'`);
  await db.query(`
    INSERT INTO workflow.task_audience_count AS c (audience, open, shard, tasks)
    SELECT audience, open, 0, count(*) FROM workflow.task_audience GROUP BY audience, open
    ON CONFLICT (audience, open, shard) DO UPDATE SET tasks = c.tasks + EXCLUDED.tasks`);
  await db.query('VACUUM ANALYZE workflow.user_task');
  await db.query('VACUUM ANALYZE workflow.task_audience');
  console.log(
    `loaded ${missing.toLocaleString('en-US')} task rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

async function timedGets(base, path, runs, authorization) {
  const times = [];
  for (let i = 0; i < runs + 20; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, {
      headers: { authorization },
    });
    await response.json();
    if (i >= 20) times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The inbox as the Vestland office sees it, over HTTP: the first page with its total count. */
export async function inboxLatency(base, tokens) {
  return {
    open: await timedGets(
      base,
      '/tasks?state=open&sort=submitted&pageSize=25',
      200,
      tokens.controller,
    ),
    solved: await timedGets(
      base,
      '/tasks?state=solved&sort=submitted&pageSize=25',
      200,
      tokens.controller,
    ),
    text: await timedGets(
      base,
      '/tasks?state=open&text=Kommune%2017&pageSize=25',
      100,
      tokens.controller,
    ),
  };
}
