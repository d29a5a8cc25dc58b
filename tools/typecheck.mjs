// Type-checks every project's TypeScript configs (app or lib, and its tests), two at a time.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const configs = ['apps', 'libs'].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).flatMap((project) =>
    [
      'tsconfig.app.json',
      'tsconfig.lib.json',
      'tsconfig.spec.json',
      'tsconfig.json',
    ]
      .map((file) => join(dir, project, file))
      .filter((path) => existsSync(join(ROOT, path)))
      // A project's tsconfig.json only references the others, except where it is the only one (e2e).
      .filter(
        (path, _, all) => !path.endsWith('/tsconfig.json') || all.length === 1,
      ),
  ),
);

let failed = 0;
const queue = [...configs];
const worker = async () => {
  for (let config = queue.shift(); config; config = queue.shift()) {
    const ok = await new Promise((done) =>
      spawn('npx', ['tsc', '--noEmit', '-p', config], {
        cwd: ROOT,
        stdio: 'inherit',
      }).on('exit', (code) => done(code === 0)),
    );
    console.log(`${ok ? '✓' : '✗'} ${config}`);
    if (!ok) failed++;
  }
};
await Promise.all([worker(), worker()]);
process.exit(failed ? 1 : 0);
