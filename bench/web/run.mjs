// npm run bench:web — what a visitor downloads before the first page (gzip), and Lighthouse on the
// public pages of the running platform in Debian's Chromium.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
  dropDatabase,
  ensureDatabase,
  ensurePostgres,
  ensureRedis,
} from '../../tools/stack/infra.mjs';
import {
  ROOT,
  migrateAndSeed,
  startMailCatcher,
  startServices,
  terminate,
} from '../../tools/stack/launch.mjs';
import { fmt, report, verdict } from '../report.mjs';

const PG_ADMIN =
  process.env.BENCH_DATABASE_ADMIN_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BROWSER_DIR = join(ROOT, 'dist/apps/web/browser');
const BUNDLE_TARGET_KB = 300;
/** The pages anyone can open without logging in: the front page and the citizens' report of concern. */
const PAGES = [
  ['Forside', '/'],
  ['Send bekymringsmelding', '/bekymringsmelding'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

reportInitialBundle();
await reportLighthouse();

function reportInitialBundle() {
  const html = readFileSync(join(BROWSER_DIR, 'index.html'), 'utf8');
  const files = [
    ...new Set(
      [
        ...html.matchAll(
          /<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.(?:js|css))"/g,
        ),
      ].map((match) => match[1].replace(/^\//, '')),
    ),
  ];
  const sizes = files.map((file) => {
    const content = readFileSync(join(BROWSER_DIR, file));
    return { file, raw: content.length, gzip: gzipSync(content).length };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  report(
    'SPA initial bundle: the scripts and styles index.html loads before the first page',
    [
      ...sizes.map(({ file, raw, gzip }) => [
        file,
        `${fmt(gzip / 1024)} kB gzip (${fmt(raw / 1024)} kB raw)`,
        '',
      ]),
      [
        'initial bundle, gzip',
        `${fmt(total)} kB`,
        verdict(total < BUNDLE_TARGET_KB, `< ${BUNDLE_TARGET_KB} kB`),
      ],
    ],
  );
}

async function reportLighthouse() {
  const id = randomBytes(4).toString('hex');
  const stack = {
    portBase: Number(process.env.BENCH_PORT_BASE ?? 4800),
    databaseUrl: Object.assign(new URL(PG_ADMIN), {
      pathname: `/bvr_bench_web_${id}`,
    }).toString(),
    redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: `bench-web-${id}`,
    smtpPort: 4825,
    webRoot: BROWSER_DIR,
    logLevel: 'warn',
  };
  const logDir = join(ROOT, '.run/bench-web-logs');
  mkdirSync(logDir, { recursive: true });
  await ensurePostgres(PG_ADMIN);
  await ensureRedis(stack.redisUrl);
  await ensureDatabase(stack.databaseUrl);
  const mail = startMailCatcher({
    smtpPort: stack.smtpPort,
    webPort: 4826,
    logDir,
  });
  let services;
  let chrome;
  try {
    await mail.ready();
    migrateAndSeed(stack);
    services = await startServices(stack, { logDir });
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    const rows = [];
    const notes = [];
    for (const [name, path] of PAGES) {
      const { lhr } = await lighthouse(`${services.urls.gateway}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const scores = CATEGORIES.map(
        (category) => `${Math.round(lhr.categories[category].score * 100)}`,
      );
      const failing = failingAudits(lhr);
      if (failing.length) notes.push(`${name}: ${failing.join('; ')}`);
      // An audit Lighthouse could not measure (no LCP element, say) has no value.
      const ms = (audit) => {
        const value = lhr.audits[audit]?.numericValue;
        return value === undefined ? 'n/a' : fmt(value, 0);
      };
      rows.push(
        [
          `${name} (${path}): performance / accessibility / best practices / SEO`,
          scores.join(' / '),
          verdict(
            lhr.categories.accessibility.score === 1,
            'accessibility 100',
          ),
        ],
        [
          `${name}: first / largest contentful paint, total blocking time`,
          `${ms('first-contentful-paint')} / ${ms('largest-contentful-paint')} / ${ms('total-blocking-time')} ms`,
          '',
        ],
      );
    }
    report(
      `Lighthouse ${lighthouseVersion()} in ${CHROMIUM} (mobile preset, simulated slow 4G and 4x CPU slowdown)`,
      rows,
      notes,
    );
  } finally {
    await chrome?.kill();
    await services?.stop();
    await terminate(mail.child);
    await dropDatabase(stack.databaseUrl);
  }
}

function lighthouseVersion() {
  return JSON.parse(
    readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'),
  ).version;
}

/** The audits of every category but performance that did not pass, as their titles. */
function failingAudits(lhr) {
  return CATEGORIES.filter((category) => category !== 'performance').flatMap(
    (category) =>
      lhr.categories[category].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode === 'binary',
        )
        .map((audit) => `${category}: ${audit.title}`),
  );
}
