import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Provider } from 'oidc-provider';
import { pageHeaders } from '../pages/layout';
import { DISCOVERY_PATH, ROUTES } from './provider-config';

const PROVIDER_PATHS = [DISCOVERY_PATH, ...Object.values(ROUTES)];

/** True for the provider's endpoints and their sub-paths (`/authorize/:uid`, `/endsession/confirm`). */
export const isProviderPath = (path: string): boolean =>
  PROVIDER_PATHS.some(
    (route) => path === route || path.startsWith(`${route}/`),
  );

/**
 * Hands the provider's paths to oidc-provider, everything else (`/health`, `/interaction/…`, `/`)
 * to Nest. Registered in `configure`, so before Nest's body parser: the provider reads its own bodies.
 * Pages it renders itself (the form_post page) get the app's CSP, and it adds its script's hash.
 */
export function providerMiddleware(provider: Provider, csp: string) {
  const callback = provider.callback();
  const logger = new Logger('OidcProvider');
  // Caching stays the provider's call: it marks what must not be stored, discovery and JWKS may be.
  const headers = Object.entries(pageHeaders(csp)).filter(
    ([name]) => name !== 'cache-control',
  );
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!isProviderPath(req.path)) return next();
    for (const [name, value] of headers) res.setHeader(name, value);
    // The path only: queries carry codes, and /endsession's id_token_hint carries the pid.
    res.once('finish', () =>
      logger.log(`${req.method} ${req.path} ${res.statusCode}`),
    );
    callback(req, res);
  };
}
