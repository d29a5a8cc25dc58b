// `npm test`: lint, type check, build, unit + integration tests (real PostgreSQL and Redis), browser tests.
// Ends with one line: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'tmp/test-results');
const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
mkdirSync(OUT, { recursive: true });

if (!existsSync(join(ROOT, 'node_modules/.package-lock.json'))) {
  await run('install', 'npm', ['install', '--no-audit', '--no-fund']);
}
const { ensurePostgres, ensureRedis } = await import('./stack/infra.mjs');
await ensurePostgres(
  process.env.TEST_DATABASE_ADMIN_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres',
);
await ensureRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

/** @type {{ name: string, passed: number, failed: number }[]} */
const results = [];
const check = async (name, command, args) =>
  results.push({
    name,
    ...((await run(name, command, args))
      ? { passed: 1, failed: 0 }
      : { passed: 0, failed: 1 }),
  });
const jest = async (name, config, extra = []) => {
  const output = join(OUT, `${name}.json`);
  await run(name, 'npx', [
    'jest',
    '-c',
    config,
    '--json',
    `--outputFile=${output}`,
    ...extra,
  ]);
  results.push({ name, ...jestCounts(output) });
};

await check('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--parallel=2']);
await check('typecheck', 'node', [join(ROOT, 'tools/typecheck.mjs')]);
await check('build', 'npx', ['nx', 'run-many', '-t', 'build', '--parallel=2']);
await jest('unit-and-integration', 'jest.config.ts', ['--maxWorkers=2']);
await jest('browser', 'apps/web-e2e/jest.config.cts', ['--runInBand']);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(
  '\n' +
    results
      .map(
        (r) =>
          `  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`,
      )
      .join('\n'),
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);

function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  return new Promise((resolveRun) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...NX_ENV },
      stdio: 'inherit',
    });
    child.on('exit', (code) => resolveRun(code === 0));
  });
}

/** A suite that failed to run at all (e.g. a syntax error) counts as a failure too. */
function jestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  return {
    passed: report.numPassedTests,
    failed:
      report.numFailedTests +
      brokenSuites +
      (report.numTotalTestSuites === 0 ? 1 : 0),
  };
}
