import type { ConcernAddress, DeliveryChannel } from '@bvr/contracts';

const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Norwegians write it, in Norwegian time: «5. desember 2026 kl. 09.14». */
export function norwegianDateTime(moment: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    OSLO_TIME.formatToParts(moment).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}. ${part('month')} ${part('year')} kl. ${part('hour')}.${part('minute')}`;
}

/** Parses the message's ISO 8601 time; a message without a valid time is a programming error. */
export function parseSendingTime(iso: string): Date {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime()))
    throw new Error('sendingstidspunkt is not a valid ISO 8601 time');
  return moment;
}

export function yesNo(value: boolean | 'ja' | 'nei'): string {
  return value === true || value === 'ja' ? 'Ja' : 'Nei';
}

/** One line: «Storgata 1, 5003 Bergen». */
export function addressLine(address: ConcernAddress): string {
  return addressLines(address).join(', ');
}

/** The lines of an address as on an envelope; the postal line only when it has content. */
export function addressLines(address: {
  adresselinje1: string;
  adresselinje2?: string;
  adresselinje3?: string;
  postnummer?: string;
  poststed?: string;
}): string[] {
  const postal = [address.postnummer, address.poststed]
    .filter((part) => part?.trim())
    .join(' ');
  return [
    address.adresselinje1,
    address.adresselinje2,
    address.adresselinje3,
    postal,
  ].filter((line): line is string => !!line?.trim());
}

export const DELIVERY_CHANNEL_LABELS: Record<DeliveryChannel, string> = {
  manuell: 'Manuell nedlasting',
  svarinn: 'Fagsystem (SvarInn)',
  brevpost: 'Brevpost',
};

/** Unicode code points outside Latin-1 that WinAnsi (the standard fonts' encoding) still has. */
const WIN_ANSI_EXTRA = new Set(
  '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'.split('').map((c) => c.codePointAt(0)),
);

function inWinAnsi(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff) ||
    WIN_ANSI_EXTRA.has(code)
  );
}

/**
 * Text the built-in Helvetica can show (WinAnsi: all of Norwegian, æøå included). Other letters
 * fall back to their base letter (Sámi «č» → «c»), anything else to «?»; tabs become spaces and
 * other control characters go, line breaks stay.
 */
export function winAnsi(text: string): string {
  let out = '';
  const normalised = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ');
  for (const char of normalised) {
    const code = char.codePointAt(0) as number;
    if (char === '\n' || inWinAnsi(code)) {
      out += char;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (code >= 0x300 && code <= 0x36f) continue; // a combining accent left over
    const base = char.normalize('NFD').charAt(0);
    out +=
      base !== char && inWinAnsi(base.codePointAt(0) as number) ? base : '?';
  }
  return out;
}
