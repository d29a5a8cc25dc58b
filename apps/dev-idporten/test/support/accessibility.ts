import axe from 'axe-core';
import { JSDOM } from 'jsdom';
import { createHash } from 'node:crypto';

type AxeWindow = { axe: typeof axe };

/**
 * WCAG 2.1 A/AA (and axe's best practices: landmarks, one h1) violations of a page, as readable
 * lines; empty when clean. jsdom has no layout, so colour contrast is left to `palette.spec.ts`.
 */
export async function accessibilityViolations(
  html: string,
  url: string,
): Promise<string[]> {
  const dom = new JSDOM(html, { url, runScripts: 'outside-only' });
  dom.window.eval(axe.source);
  const results = await (dom.window as unknown as AxeWindow).axe.run(
    dom.window.document,
    {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      // Needs layout and canvas, which jsdom lacks: it would only ever report "incomplete".
      rules: { 'color-contrast': { enabled: false } },
    },
  );
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const sha256 = (source: string) =>
  `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/**
 * Inline `<style>` and `<script>` elements the response's CSP would block in a browser: each must be
 * allowed by its hash, and nothing may come from another origin.
 */
export function blockedByCsp(html: string, csp: string | null): string[] {
  if (!csp) return ['no Content-Security-Policy header'];
  const directives = new Map(
    csp.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  const document = new JSDOM(html).window.document;
  const blocked: string[] = [];
  for (const [tag, directive] of [
    ['style', 'style-src'],
    ['script', 'script-src'],
  ] as const)
    for (const element of Array.from(document.querySelectorAll(tag))) {
      if (element.getAttribute('src')) blocked.push(`${tag} with src`);
      else if (
        !(directives.get(directive) ?? []).includes(
          sha256(element.textContent ?? ''),
        )
      )
        blocked.push(`inline ${tag} not allowed by ${directive}`);
    }
  if (document.querySelector('link[rel=stylesheet], img[src^=http]'))
    blocked.push('an external resource');
  return blocked;
}
