import { AccessTokenVerifier, authOptionsFromEnv } from '@bvr/auth';
import type { NextFunction, Request, Response } from 'express';

/** Set on a request whose bearer token identity issued for the service it calls: the caller's id. */
export const CASE_SYSTEM = 'caseSystem';

/**
 * Recognizes case systems (machine clients) by their own access token, checked as the service it is
 * meant for would check it. A kommune's vendor may run many case systems behind one address, so
 * they are rate-limited per client instead of per address; a token that does not verify changes
 * nothing (the call counts as public, and the service refuses it).
 */
export function recognizeCaseSystems(
  services: readonly string[],
  identity: { issuer: string; jwksUrl?: string },
) {
  const verifiers = new Map(
    services.map((service) => [
      service,
      new AccessTokenVerifier(
        authOptionsFromEnv(
          { AUTH_ISSUER: identity.issuer, AUTH_JWKS_URL: identity.jwksUrl },
          service,
        ),
      ),
    ]),
  );
  return (req: Request, res: Response, next: NextFunction) => {
    const token = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
    // Mounted at the API prefix: the path starts with the service's name.
    const verifier = verifiers.get(req.path.split('/')[1] ?? '');
    if (!token || !verifier) return next();
    verifier.verify(token).then(
      (principal) => {
        res.locals[CASE_SYSTEM] = principal.id;
        next();
      },
      () => next(),
    );
  };
}
