import type { NextFunction, Request, Response } from 'express';
import helmet, { HelmetOptions } from 'helmet';
import { createHash, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

type Directives = NonNullable<
  Exclude<
    HelmetOptions['contentSecurityPolicy'],
    boolean | undefined
  >['directives']
>;

/** The nonce of this response's CSP; the SPA page hands it to Angular (see `spa/spa.ts`). */
export function cspNonce(res: ServerResponse): string {
  return (res as Response).locals['cspNonce'] as string;
}

/**
 * The process editor's properties panel (bpmn-js-properties-panel) builds its two containers from
 * HTML with these fixed style attributes. Only these exact values are allowed, by hash; every
 * other style attribute stays blocked.
 */
const PROPERTIES_PANEL_STYLE_ATTRIBUTES = [
  'height: 100%',
  'flex: none; height: auto',
];

const styleAttributeHash = (value: string): string =>
  `'sha256-${createHash('sha256').update(value).digest('base64')}'`;

/**
 * Scripts only from our origin. Styles from our origin, plus the `<style>` elements Angular adds at
 * run time for component styles, which carry this response's nonce. No inline critical CSS:
 * `inlineCritical` is off in apps/web/project.json, so index.html has no inline style or handler.
 */
const spaDirectives: Directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", (_req, res) => `'nonce-${cspNonce(res)}'`],
  styleSrcAttr: [
    "'unsafe-hashes'",
    ...PROPERTIES_PANEL_STYLE_ATTRIBUTES.map(styleAttributeHash),
  ],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** Swagger UI (`/docs`, from the service kit) has an inline `<style>` and sets style attributes. */
const docsDirectives: Directives = {
  ...spaDirectives,
  styleSrc: ["'self'", "'unsafe-inline'"],
  styleSrcAttr: ["'unsafe-inline'"],
};

/** Helmet on every response; HSTS only where the gateway is reached over HTTPS (not in development). */
export function securityHeaders(options: { hsts: boolean }) {
  const common: HelmetOptions = {
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: options.hsts
      ? { maxAge: 365 * 24 * 3600, includeSubDomains: true }
      : false,
  };
  const spa = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: spaDirectives },
  });
  const docs = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: docsDirectives },
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    res.locals['cspNonce'] = randomBytes(16).toString('base64');
    (req.path.startsWith('/docs') ? docs : spa)(req, res, next);
  };
}
