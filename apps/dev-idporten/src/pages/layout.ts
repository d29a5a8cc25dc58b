import { hash } from 'node:crypto';
import { palette as c } from './palette';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The one stylesheet, inline and allowed by its hash (no external resources). */
export const PAGE_STYLE = [
  ':root{color-scheme:light}',
  '*,*::before,*::after{box-sizing:border-box}',
  `body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:${c.text};background:${c.page}}`,
  `header{background:${c.surface};border-bottom:4px solid ${c.primary};padding:.75rem 1.5rem}`,
  '.brand{margin:0;font-weight:700;font-size:1.25rem}',
  `.brand span{font-weight:400;color:${c.muted};margin-left:.5rem}`,
  `main{max-width:42rem;margin:2rem auto;padding:2rem 1.5rem;background:${c.surface};border-radius:4px}`,
  'h1{font-size:1.75rem;line-height:1.25;margin:0 0 .75rem}',
  'h2{font-size:1.125rem;margin:0 0 .5rem}',
  'p{margin:0 0 1rem}',
  'fieldset{border:0;padding:0;margin:0 0 1.5rem;min-width:0}',
  'legend{font-weight:700;font-size:1.125rem;padding:0;margin-bottom:.5rem}',
  `.option{display:flex;gap:.75rem;align-items:flex-start;padding:.5rem .25rem;border-bottom:1px solid ${c.divider}}`,
  `.option input{width:1.25rem;height:1.25rem;margin:.2rem 0 0;flex:none;accent-color:${c.primary}}`,
  '.option label{cursor:pointer}',
  'caption{text-align:left;font-weight:700;font-size:1.125rem;margin-bottom:.5rem}',
  '.name{display:block;font-weight:600}',
  `.desc,.hint{display:block;color:${c.muted};font-size:.9375rem}`,
  '.hint{margin:0 0 .5rem}',
  '.field{margin:0 0 1.5rem}',
  '.field label{display:block;font-weight:700;margin-bottom:.25rem}',
  `input[type=text],select{font:inherit;padding:.5rem .625rem;border:2px solid ${c.border};border-radius:4px;background:${c.surface};color:${c.text};min-width:15rem;max-width:100%}`,
  `[aria-invalid=true]{border-color:${c.error}}`,
  `.error-message{margin:0 0 .5rem;color:${c.error};font-weight:600}`,
  `.error-summary{border:3px solid ${c.error};border-radius:4px;padding:1rem 1.25rem;margin:0 0 1.5rem}`,
  '.error-summary ul{margin:0;padding-left:1.25rem}',
  `.error-summary a{color:${c.error};font-weight:600}`,
  '.actions{display:flex;gap:1rem;flex-wrap:wrap}',
  `button{font:inherit;font-weight:700;padding:.625rem 1.5rem;border-radius:4px;border:2px solid ${c.primary};cursor:pointer}`,
  `.primary{background:${c.primary};color:${c.surface}}`,
  `.primary:hover{background:${c.primaryHover};border-color:${c.primaryHover}}`,
  `.secondary{background:${c.surface};color:${c.primary}}`,
  `.secondary:hover{background:${c.primaryTint}}`,
  `a{color:${c.primary}}`,
  `:focus-visible{outline:3px solid ${c.text};outline-offset:3px}`,
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.5rem}',
  'dt{font-weight:700}',
  'dd{margin:0;overflow-wrap:anywhere}',
  'table{border-collapse:collapse;width:100%;font-size:.9375rem}',
  `th,td{text-align:left;padding:.375rem .5rem;border-bottom:1px solid ${c.divider};vertical-align:top}`,
].join('');

/** Submits the logout form at once (see `logout-page.ts`); allowed by its hash. */
export const LOGOUT_SCRIPT =
  'document.getElementById("op.logoutForm").submit();';

const sha256 = (source: string) =>
  `'sha256-${hash('sha256', source, 'base64')}'`;

/**
 * The CSP of every page this app renders: nothing from anywhere but the inline style and the logout
 * script, by hash. Forms may post to this origin and, since browsers apply `form-action` to the
 * redirects that follow a post, to the client's redirect and post-logout origins.
 */
export function contentSecurityPolicy(formTargets: string[]): string {
  const origins = [...new Set(formTargets.map((url) => new URL(url).origin))];
  return [
    "default-src 'none'",
    `style-src ${sha256(PAGE_STYLE)}`,
    `script-src ${sha256(LOGOUT_SCRIPT)}`,
    "img-src 'self'",
    `form-action 'self' ${origins.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Headers for a rendered page (the provider's own responses get the same through its middleware). */
export function pageHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

export interface PageOptions {
  title: string;
  body: string;
  /** Raw HTML after `</main>`, e.g. the logout script. */
  after?: string;
}

/** A whole page in bokmål: banner, one `<main>` with the page's own `<h1>` inside `body`. */
export function renderPage({ title, body, after = '' }: PageOptions): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – ID-porten (lokal test)</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><p class="brand">ID-porten<span>lokal test – ikke ekte innlogging</span></p></header>
<main>
${body}
</main>
${after}
</body>
</html>`;
}
