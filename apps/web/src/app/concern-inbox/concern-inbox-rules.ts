/**
 * «Motta bekymringsmeldinger»: the messages waiting for manual download in the caseworker's units,
 * as `GET /api/bekymringsmelding/mottak` lists them. Pure: narrowing, words, order, dates.
 */

export const INBOX_URL = '/api/bekymringsmelding/mottak';

export type ConcernMessageStatus =
  | 'AKSEPTERT'
  | 'SENDT_FAGSYSTEM'
  | 'AVVIST_FAGSYSTEM'
  | 'SENDT_PRINT'
  | 'AVVIST_PRINT'
  | 'LEVERT';

/** Who did something, and when (ISO). */
export interface Stamp {
  readonly av: string;
  readonly tidspunkt: string;
}

export interface ConcernMessage {
  readonly id: string;
  readonly referanse: string;
  readonly kommunenummer: string;
  readonly bydelsnummer: string;
  /** Display name of the receiving kommune or bydel. */
  readonly mottaker: string;
  readonly type: 'privat' | 'offentlig';
  readonly mottatt: string;
  readonly status: ConcernMessageStatus;
  /** When it goes by letter post unless confirmed; null when it does not. */
  readonly brevpostFrist: string | null;
  readonly nedlastinger: number;
  readonly sistLastetNed: Stamp | null;
  readonly bekreftet: Stamp | null;
}

const STATUSES: readonly string[] = [
  'AKSEPTERT',
  'SENDT_FAGSYSTEM',
  'AVVIST_FAGSYSTEM',
  'SENDT_PRINT',
  'AVVIST_PRINT',
  'LEVERT',
];

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

function stamp(value: unknown): Stamp | null {
  if (!isObject(value)) return null;
  const tidspunkt = text(value['tidspunkt']);
  return tidspunkt ? { av: text(value['av']) ?? 'Ukjent', tidspunkt } : null;
}

/** One message from an untrusted body, or null when it is not one. */
export function toConcernMessage(value: unknown): ConcernMessage | null {
  if (!isObject(value)) return null;
  const id = text(value['id']);
  const mottatt = text(value['mottatt']);
  const status = value['status'];
  if (!id || !mottatt || !STATUSES.includes(`${status}`)) return null;
  const downloads = value['nedlastinger'];
  return {
    id,
    referanse: text(value['referanse']) ?? id,
    kommunenummer: text(value['kommunenummer']) ?? '',
    bydelsnummer: text(value['bydelsnummer']) ?? '00',
    mottaker: text(value['mottaker']) ?? '',
    type: value['type'] === 'offentlig' ? 'offentlig' : 'privat',
    mottatt,
    status: status as ConcernMessageStatus,
    brevpostFrist: text(value['brevpostFrist']),
    nedlastinger:
      typeof downloads === 'number' && Number.isFinite(downloads)
        ? downloads
        : 0,
    sistLastetNed: stamp(value['sistLastetNed']),
    bekreftet: stamp(value['bekreftet']),
  };
}

/** The list, newest first; malformed rows are left out. */
export function toConcernMessages(body: unknown): ConcernMessage[] {
  if (!Array.isArray(body))
    throw new Error(
      'the inbox answered with something that is not a list of messages',
    );
  return newestFirst(
    body.map(toConcernMessage).filter((m): m is ConcernMessage => m !== null),
  );
}

export function newestFirst(
  messages: readonly ConcernMessage[],
): ConcernMessage[] {
  return [...messages].sort(
    (a, b) => Date.parse(b.mottatt) - Date.parse(a.mottatt),
  );
}

export const TYPE_LABELS: Readonly<Record<ConcernMessage['type'], string>> = {
  privat: 'Privatperson',
  offentlig: 'Offentlig ansatt',
};

/** Still ours to download and confirm: not confirmed, not delivered or sent by post. */
export function isWaiting(message: ConcernMessage): boolean {
  return (
    message.bekreftet === null &&
    (message.status === 'AKSEPTERT' ||
      message.status === 'AVVIST_FAGSYSTEM' ||
      message.status === 'AVVIST_PRINT')
  );
}

/** The status in words, as the caseworker sees it. */
export function statusLabel(message: ConcernMessage): string {
  if (message.bekreftet) return 'Bekreftet';
  switch (message.status) {
    case 'SENDT_PRINT':
      return 'Sendt som brevpost';
    case 'SENDT_FAGSYSTEM':
      return 'Sendt til fagsystem';
    case 'LEVERT':
      return 'Levert til fagsystem';
    default:
      return message.nedlastinger > 0 ? 'Lastet ned' : 'Venter på nedlasting';
  }
}

/** «Bekreft» only after at least one download: the message must be in the case system first. */
export function canConfirm(message: ConcernMessage): boolean {
  return isWaiting(message) && message.nedlastinger > 0;
}

export const CONFIRM_NEEDS_DOWNLOAD =
  'Du kan bekrefte når bekymringsmeldingen er lastet ned.';

/** Splits the list into «Venter på bekreftelse» and «Bekreftet / sendt», each newest first. */
export function inboxSections(messages: readonly ConcernMessage[]): {
  waiting: ConcernMessage[];
  done: ConcernMessage[];
} {
  const sorted = newestFirst(messages);
  return {
    waiting: sorted.filter(isWaiting),
    done: sorted.filter((m) => !isWaiting(m)),
  };
}

/** Replaces one row by id (after a download or a confirm), keeping the order. */
export function replaceMessage(
  messages: readonly ConcernMessage[],
  changed: ConcernMessage,
): ConcernMessage[] {
  return messages.map((m) => (m.id === changed.id ? changed : m));
}

export const messageUrl = (id: string): string =>
  `${INBOX_URL}/${encodeURIComponent(id)}`;
export const pdfUrl = (id: string): string => `${messageUrl(id)}/pdf`;
export const confirmUrl = (id: string): string => `${messageUrl(id)}/bekreft`;

/** `bekymringsmelding-<referanse>.pdf`, with nothing a file system would refuse. */
export function pdfFileName(
  message: Pick<ConcernMessage, 'referanse'>,
): string {
  const safe = message.referanse.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return `bekymringsmelding-${safe || 'melding'}.pdf`;
}

const DATE_TIME = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

/** dd.mm.yyyy, hh:mm in Norwegian time, or "" for no (or no valid) date. */
export function formatOsloDateTime(iso: string | null): string {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? DATE_TIME.format(date) : '';
}

/** The guide's workflow for a manual download, shown before «Bekreft». */
export const CONFIRM_STEPS: readonly string[] = [
  'Last ned bekymringsmeldingen',
  'Last den opp i fagsystemet',
  'Slett den lokalt fra din PC',
  'Trykk på «Bekreft»',
];

export const CONFIRM_WARNING =
  'Ikke trykk på bekreft før du er sikker på at bekymringsmeldingen er i fagsystemet. Meldinger som er bekreftet vil ikke kunne ettersendes i brevpost, og vil slettes fra våre systemer.';

/** The `message` of a 409/422 body, when the service sent one. */
export function bodyMessage(body: unknown): string | null {
  return isObject(body) ? text(body['message']) : null;
}

/** The grants of the person: does any of them carry this role? */
export function holdsRole(
  grants: ReadonlyArray<{ readonly role: string }>,
  role: string,
): boolean {
  return grants.some((grant) => grant.role === role);
}
