import type { FormKind } from './concern-fields';

/** The 201 answer of `POST /api/bekymringsmelding/meldinger/{privat|offentlig}`. */
export interface SendAnswer {
  readonly referanse: string;
  /** «Bergen kommune, bydel Bergenhus». */
  readonly mottaker: string;
  /** ISO 8601. */
  readonly sendingstidspunkt: string;
}

/** What the receipt page shows; never anything of the message itself. */
export interface ConcernReceipt extends SendAnswer {
  readonly kind: FormKind;
  /** The sender gave an address for the confirmation e-mail (the address is not kept here). */
  readonly confirmationEmail: boolean;
}

type Fields = Record<string, unknown>;
const text = (fields: Fields, key: string): string | null => {
  const value = fields[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
};

/**
 * Narrows the 201 answer. The message is sent by then, so a malformed answer never turns into an
 * error: what is missing is "" and the receipt page leaves it out.
 */
export function toSendAnswer(body: unknown): SendAnswer {
  const fields =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Fields)
      : {};
  return {
    referanse: text(fields, 'referanse') ?? '',
    mottaker: text(fields, 'mottaker') ?? '',
    sendingstidspunkt: text(fields, 'sendingstidspunkt') ?? '',
  };
}

const OSLO = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * «5. desember 2026 kl. 09.14», Norwegian time. Built from the parts, since ICU versions differ in
 * the separator they put between hours and minutes. "" for something that is not a time.
 */
export function formatOsloDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    OSLO.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${Number(part('day'))}. ${part('month')} ${part('year')} kl. ${part('hour')}.${part('minute')}`;
}
