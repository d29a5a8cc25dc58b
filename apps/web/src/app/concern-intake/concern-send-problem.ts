import type { IssueLike } from './concern-fields';
import { IDEMPOTENCY_KEY_REUSED } from './concern-send-key';

/**
 * Why a message was not sent, and what to tell the sender. Plain data in (status and body of the
 * failed request), so it is tested without Angular. Every message says that nothing was sent.
 */
export type SendProblem =
  /** 400 naming fields: shown in the error summary and at each field. */
  | { readonly kind: 'fields'; readonly issues: readonly IssueLike[] }
  | {
      readonly kind: 'message';
      readonly message: string;
      /** 404: the kommune's service is gone; fetch the list of kommuner again. */
      readonly reloadRecipients?: boolean;
      /** 401 on the form for public employees: offer to log in again. */
      readonly loginAgain?: boolean;
    };

export const MESSAGES = {
  network:
    'Vi fikk ikke kontakt med tjenesten, og meldingen ble ikke sendt. Sjekk nettforbindelsen og prøv igjen.',
  invalid:
    'Noen av opplysningene ble ikke godtatt, og meldingen ble ikke sendt. Se over skjemaet og prøv igjen.',
  loggedOut:
    'Du er ikke lenger logget inn, og meldingen ble ikke sendt. Kopier det du har skrevet i meldingsfeltene før du logger inn igjen, så du ikke mister teksten.',
  crossSite:
    'Meldingen ble ikke sendt, fordi siden må lastes inn på nytt. Kopier det du har skrevet, last inn siden og prøv igjen.',
  notFound:
    'Kommunen du valgte, tar ikke imot bekymringsmeldinger her nå, og meldingen ble ikke sendt. Velg kommunen på nytt, eller kontakt barnevernstjenesten i kommunen direkte.',
  tooLarge:
    'Meldingen er for stor, og den ble ikke sendt. Gjør teksten kortere og prøv igjen.',
  tooMany: 'Du har sendt mange meldinger på kort tid. Vent litt og prøv igjen.',
  alreadySent:
    'Vi har allerede mottatt denne meldingen, slik den var før du endret den. Endringene ble ikke sendt. Vil du sende meldingen med endringene som en ny melding, trykker du på «Send bekymringsmelding» igjen.',
  unavailable:
    'Noe gikk galt hos oss, og meldingen ble ikke sendt. Det du har skrevet, står fortsatt i skjemaet. Prøv igjen om litt. Er barnet i akutt fare, ring 112.',
} as const;

type Fields = Record<string, unknown>;
const fieldsOf = (body: unknown): Fields =>
  typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Fields)
    : {};

/** `issues` (the services' convention, see identity's `PUT /me`) or `details`, when a list. */
function issuesOf(body: Fields): IssueLike[] {
  const list = Array.isArray(body['issues'])
    ? body['issues']
    : Array.isArray(body['details'])
      ? body['details']
      : [];
  return list.filter(
    (issue: unknown): issue is IssueLike =>
      typeof issue === 'object' &&
      issue !== null &&
      'path' in issue &&
      typeof (issue as Fields)['message'] === 'string',
  );
}

/** A Norwegian sentence the service meant for people, if it gave one. */
function serviceMessage(body: Fields): string | null {
  const message = body['message'];
  return typeof message === 'string' && message.trim() !== '' ? message : null;
}

export function sendProblemOf(status: number, body: unknown): SendProblem {
  const fields = fieldsOf(body);
  const message = (text: string, extra: Partial<SendProblem> = {}) =>
    ({ kind: 'message', message: text, ...extra }) as SendProblem;
  if (status === 0) return message(MESSAGES.network);
  if (status === 400) {
    const issues = issuesOf(fields);
    return issues.length > 0
      ? { kind: 'fields', issues }
      : message(MESSAGES.invalid);
  }
  if (status === 401) return message(MESSAGES.loggedOut, { loginAgain: true });
  if (status === 403 && fields['code'] === 'COMMON.CROSS_SITE_REQUEST')
    return message(MESSAGES.crossSite);
  if (status === 404)
    return message(serviceMessage(fields) ?? MESSAGES.notFound, {
      reloadRecipients: true,
    });
  if (status === 413) return message(MESSAGES.tooLarge);
  if (status === 422 && fields['code'] === IDEMPOTENCY_KEY_REUSED)
    return message(MESSAGES.alreadySent);
  if (status === 429) return message(MESSAGES.tooMany);
  return message(MESSAGES.unavailable);
}
