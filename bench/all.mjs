// npm run bench — every benchmark, one after the other on a quiet machine, then docs/benchmarks.md
// with their figures, the machine and the date. Each benchmark appends its tables to $BENCH_RESULTS.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = join(ROOT, 'docs/benchmarks.md');
const BENCHMARKS = [
  ['Workflow engine and inbox', 'bench/workflow/run.mjs'],
  ['Deadline spike, intake and memory', 'bench/spike/run.mjs'],
  ['Publication portal', 'bench/portal/run.mjs'],
  ['SPA bundle and Lighthouse', 'bench/web/run.mjs'],
];

const scratch = mkdtempSync(join(os.tmpdir(), 'bvr-bench-'));
const resultsFile = join(scratch, 'results.jsonl');
writeFileSync(resultsFile, '');
const started = new Date();
const failed = [];
for (const [name, script] of BENCHMARKS) {
  console.log(`\n=== ${name} (node ${script}) ===\n`);
  const run = spawnSync(process.execPath, [join(ROOT, script)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: resultsFile },
  });
  if (run.status !== 0) failed.push(`${name} (${script}, exit ${run.status})`);
}
const tables = readFileSync(resultsFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));
rmSync(scratch, { recursive: true, force: true });

mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(
  OUTPUT,
  [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (${Math.round((Date.now() - started.getTime()) / 60_000)} min). Rerun it to reproduce; every benchmark also runs alone (\`npm run bench:workflow\`, \`bench:spike\`, \`bench:portal\`, \`bench:web\`).`,
    '',
    '## Machine',
    '',
    ...(await machine()).map(([key, value]) => `- ${key}: ${value}`),
    '',
    ...tables.flatMap(({ title, rows, notes }) => [
      `## ${title}`,
      '',
      '| Figure | Value | Target |',
      '| --- | --- | --- |',
      ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      '',
      ...notes.flatMap((note) => [note, '']),
    ]),
    ...(failed.length
      ? ['## Failed', '', ...failed.map((name) => `- ${name}`), '']
      : []),
  ].join('\n'),
);
console.log(`\nWrote ${OUTPUT}`);
if (failed.length) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}

function cell(text) {
  return String(text || '–').replaceAll('|', '\\|');
}

async function machine() {
  const cpus = os.cpus();
  const client = new pg.Client({
    connectionString:
      process.env.BENCH_DATABASE_ADMIN_URL ??
      'postgres://postgres@127.0.0.1:5432/postgres',
  });
  let postgres = 'unknown';
  try {
    await client.connect();
    postgres = (await client.query('SHOW server_version')).rows[0]
      .server_version;
  } finally {
    await client.end().catch(() => undefined);
  }
  return [
    ['CPU', `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`],
    ['Memory', `${Math.round(os.totalmem() / 2 ** 30)} GiB`],
    ['OS', `${os.type()} ${os.release()} (${os.arch()})`],
    ['Node.js', process.version],
    ['PostgreSQL', postgres],
  ];
}
