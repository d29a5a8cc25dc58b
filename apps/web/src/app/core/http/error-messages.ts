import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorCode } from '@bvr/contracts';

/** Norwegian text per stable error code: the SPA maps codes, never the server's message text. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  'COMMON.UNAUTHENTICATED':
    'Du er ikke lenger logget inn. Du sendes videre til innlogging.',
  'COMMON.VALIDATION_FAILED':
    'Noen av opplysningene er ikke gyldige. Rett feilene og prøv igjen.',
  'COMMON.CROSS_SITE_REQUEST':
    'Siden må lastes inn på nytt før du kan lagre. Last inn siden og prøv igjen.',
  'COMMON.RATE_LIMITED':
    'Du har gjort for mange forsøk på kort tid. Vent litt og prøv igjen.',
  'COMMON.FORBIDDEN': 'Du har ikke tilgang til å gjøre dette.',
  'COMMON.NOT_FOUND':
    'Vi fant det ikke. Det kan være fjernet, eller lenken kan være feil.',
  'GATEWAY.UPSTREAM_UNAVAILABLE':
    'Tjenesten svarer ikke akkurat nå. Prøv igjen om litt.',
};

const FALLBACK = 'Noe gikk galt. Prøv igjen om litt.';

/** The `code` of an error body shaped like `{ code: 'COMMON.VALIDATION_FAILED', … }`, if any. */
export function errorCodeOf(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null) return null;
  const code = (body as Record<string, unknown>)['code'];
  return typeof code === 'string' ? code : null;
}

/** A sentence a person can act on, for any failed request. */
export function errorMessageOf(error: unknown): string {
  const code = errorCodeOf(error);
  if (code && code in MESSAGES) return MESSAGES[code as ErrorCode] ?? FALLBACK;
  if (error instanceof HttpErrorResponse && error.status === 401)
    return MESSAGES['COMMON.UNAUTHENTICATED'] ?? FALLBACK;
  if (error instanceof HttpErrorResponse && error.status === 0)
    return 'Vi fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.';
  return FALLBACK;
}
