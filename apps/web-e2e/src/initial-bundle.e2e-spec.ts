import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What every visitor downloads before the first page: the scripts and styles `index.html` loads or
 * preloads. Heavy libraries (bpmn-js for the process editor, chart.js for the portal) belong in lazy
 * chunks; the build's esbuild metafile (`stats.json`) says which sources went into which file.
 */
const DIST = resolve(__dirname, '../../../dist/apps/web');
const BROWSER = join(DIST, 'browser');

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

function initialFiles(): string[] {
  const html = readFileSync(join(BROWSER, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(
    /<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.(?:js|css))"/g,
  ))
    files.add(match[1].replace(/^\//, ''));
  return [...files];
}

describe('the SPA initial bundle', () => {
  const initial = initialFiles();
  const stats = JSON.parse(
    readFileSync(join(DIST, 'stats.json'), 'utf8'),
  ) as Metafile;
  const inputsOfInitial = initial.flatMap((file) =>
    Object.keys(stats.outputs[file]?.inputs ?? {}),
  );

  it('is read from the build output', () => {
    expect(initial.some((file) => file.startsWith('main'))).toBe(true);
    expect(inputsOfInitial.length).toBeGreaterThan(10);
  });

  it('does not include bpmn-js, the properties panel or chart.js (they load with their pages)', () => {
    const heavy = inputsOfInitial.filter((input) =>
      /node_modules\/(bpmn-js|bpmn-js-properties-panel|@bpmn-io|diagram-js|chart\.js)\//.test(
        input,
      ),
    );
    expect(heavy).toEqual([]);
    // …and they are in the build at all, so the check above looks at something real.
    const all = Object.values(stats.outputs).flatMap((output) =>
      Object.keys(output.inputs),
    );
    for (const library of ['chart.js', 'bpmn-js', 'bpmn-js-properties-panel'])
      expect({
        library,
        built: all.some((input) => input.includes(`node_modules/${library}/`)),
      }).toEqual({ library, built: true });
  });

  it('is under 300 kB gzip', () => {
    const gzip = initial
      .map((file) => gzipSync(readFileSync(join(BROWSER, file))).length)
      .reduce((sum, size) => sum + size, 0);
    expect(gzip).toBeLessThan(300 * 1024);
  });
});
