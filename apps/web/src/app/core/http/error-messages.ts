import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorCode } from '@bvr/contracts';

/**
 * Norwegian text per stable error code: the SPA maps codes, never the server's message text. Every
 * code has one, so a new code fails the build until it has a sentence a person can act on.
 */
const MESSAGES: Record<ErrorCode, string> = {
  'COMMON.UNAUTHENTICATED':
    'Du er ikke lenger logget inn. Du sendes videre til innlogging.',
  'COMMON.VALIDATION_FAILED':
    'Noen av opplysningene er ikke gyldige. Rett feilene og prøv igjen.',
  'COMMON.CROSS_SITE_REQUEST':
    'Siden må lastes inn på nytt før du kan lagre. Last inn siden og prøv igjen.',
  'COMMON.RATE_LIMITED':
    'Du har gjort for mange forsøk på kort tid. Vent litt og prøv igjen.',
  'COMMON.FORBIDDEN': 'Du har ikke tilgang til å gjøre dette.',
  'COMMON.IDEMPOTENCY_KEY_REUSED':
    'Innsendingen er allerede mottatt med andre verdier. Last inn siden for å se hva som ble sendt.',
  'COMMON.NOT_FOUND':
    'Vi fant det ikke. Det kan være fjernet, eller lenken kan være feil.',
  'COMMON.CONFLICT':
    'Noen andre har endret dette samtidig. Last inn siden og prøv igjen.',
  'GATEWAY.UPSTREAM_UNAVAILABLE':
    'Tjenesten svarer ikke akkurat nå. Prøv igjen om litt.',
  'GATEWAY.UNKNOWN_SERVICE': 'Vi fant ikke tjenesten. Lenken kan være feil.',
  'IDENTITY.LOGIN_FAILED': 'Innloggingen feilet. Prøv å logge inn på nytt.',
  'IDENTITY.INSUFFICIENT_LEVEL':
    'Denne tjenesten krever høyere sikkerhetsnivå. Logg inn med BankID, Buypass eller Commfides.',
  'IDENTITY.USER_NOT_FOUND': 'Vi fant ingen bruker med dette fødselsnummeret.',
  'IDENTITY.GRANT_NOT_FOUND':
    'Tilgangen finnes ikke, eller den er allerede fjernet.',
  'IDENTITY.GRANT_EXISTS': 'Personen har allerede denne tilgangen.',
  'IDENTITY.INVALID_ASSERTION': 'Fagsystemets forespørsel ble avvist.',
  'IDENTITY.UNKNOWN_CLIENT': 'Fagsystemet er ukjent eller deaktivert.',
  'IDENTITY.ACCESS_APPLICATION_PENDING':
    'Du har allerede en søknad som venter på behandling. Du får svar på e-post.',
  'IDENTITY.ALREADY_HAS_ACCESS': 'Du har allerede tilgang til utrapportering.',
  'IDENTITY.NOT_REGISTERED':
    'Registrer navn og e-postadresse under Brukerprofil før du søker. Svaret på søknaden sendes dit.',
  'REPORTING.UNKNOWN_REFERENCE_DATA':
    'Vi fant ikke kommunen, bydelen eller fylket.',
  'REPORTING.PERIOD_NOT_FOUND': 'Vi fant ikke rapporteringsperioden.',
  'REPORTING.PERIOD_EXISTS':
    'Det finnes allerede en periode for dette halvåret.',
  'REPORTING.PERIOD_NOT_OPEN':
    'Perioden tar ikke imot rapporter nå: den har ikke åpnet ennå, eller fristen for Statsforvalteren er passert.',
  'REPORTING.REPORT_NOT_FOUND': 'Vi fant ikke rapporten.',
  'REPORTING.REPORT_INVALID':
    'Rapporten har feil. Rett feilene ved punktene og prøv igjen.',
  'REPORTING.REPORT_REVISION_CONFLICT':
    'Noen andre har lagret rapporten etter at du åpnet den. Last inn siden for å se endringene.',
  'REPORTING.REPORT_LOCKED':
    'Rapporten kan ikke endres nå: den er sendt til Statsforvalteren eller godkjent.',
  'REPORTING.REPORT_STATUS_CONFLICT':
    'Rapporten har allerede fått en annen behandling.',
  'COMMON.PAYLOAD_TOO_LARGE':
    'Meldingen er for lang. Kort ned teksten og prøv igjen.',
  'BEKYMRINGSMELDING.NOT_SET_UP':
    'Kommunen har ikke tatt i bruk digital mottak av bekymringsmeldinger ennå.',
  'BEKYMRINGSMELDING.ALREADY_SET_UP':
    'Tjenesten er allerede tatt i bruk for denne kommunen. Last inn siden for å se oppsettet.',
  'BEKYMRINGSMELDING.INVALID_CERTIFICATE':
    'Den offentlige nøkkelen kan ikke brukes. Se forklaringen ved feltet.',
  'BEKYMRINGSMELDING.MESSAGE_GONE':
    'Meldingen er ikke lenger her: den er bekreftet, sendt som brevpost eller levert til fagsystemet.',
  'BEKYMRINGSMELDING.ALREADY_HANDLED':
    'Meldingen er allerede bekreftet eller sendt som brevpost.',
  'BEKYMRINGSMELDING.NOT_DOWNLOADED':
    'Last ned meldingen og legg den i fagsystemet før du bekrefter.',
  'WORKFLOW.MODEL_INVALID':
    'Prosessmodellen har feil. Se listen over problemer.',
  'WORKFLOW.UNKNOWN_DEFINITION': 'Vi fant ikke prosessen.',
  'WORKFLOW.INSTANCE_NOT_RUNNING': 'Saken er allerede avsluttet.',
  'WORKFLOW.TASK_NOT_OPEN':
    'Oppgaven er allerede løst. Du finner den under «Løste oppgaver (arkiv)».',
  'WORKFLOW.TASK_CLAIMED': 'En annen saksbehandler har tatt oppgaven.',
  'WORKFLOW.MESSAGE_NOT_CORRELATED': 'Saken venter ikke på dette nå.',
  'WORKFLOW.INVALID_TIME_EXPRESSION': 'En frist i prosessmodellen er ugyldig.',
  'WORKFLOW.ENGINE_FAILED':
    'Prosessen kunne ikke fortsette. En administrator må se på saken.',
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
  if (code && code in MESSAGES) return MESSAGES[code as ErrorCode];
  if (error instanceof HttpErrorResponse && error.status === 401)
    return MESSAGES['COMMON.UNAUTHENTICATED'];
  if (error instanceof HttpErrorResponse && error.status === 0)
    return 'Vi fikk ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.';
  return FALLBACK;
}
