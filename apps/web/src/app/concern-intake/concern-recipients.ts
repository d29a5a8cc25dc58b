import type { ConcernRecipientOption } from '@bvr/contracts';

/**
 * The kommuner a sender may choose (`GET /api/bekymringsmelding/mottakere`): only those that have
 * taken the service into use. A kommune without bydeler has one bydel "00".
 */

export type RecipientKommune = ConcernRecipientOption;
export type RecipientBydel = ConcernRecipientOption['bydeler'][number];

/** The bydel number of a kommune without bydeler. */
export const NO_BYDEL = '00';

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

function bydel(value: unknown): RecipientBydel[] {
  if (!isObject(value)) return [];
  const bydelsnummer = text(value['bydelsnummer']);
  const bydelsnavn = text(value['bydelsnavn']) ?? '';
  if (!bydelsnummer || !/^\d{2}$/.test(bydelsnummer)) return [];
  return [
    {
      bydelsnummer,
      bydelsnavn,
      standardMottaker: value['standardMottaker'] === true,
    },
  ];
}

function kommune(value: unknown): RecipientKommune[] {
  if (!isObject(value)) return [];
  const kommunenummer = text(value['kommunenummer']);
  const kommunenavn = text(value['kommunenavn']);
  if (!kommunenummer || !/^\d{4}$/.test(kommunenummer) || !kommunenavn)
    return [];
  const bydeler = Array.isArray(value['bydeler'])
    ? value['bydeler'].flatMap(bydel)
    : [];
  return [{ kommunenummer, kommunenavn, bydeler }];
}

const byName = (a: string, b: string): number => a.localeCompare(b, 'nb');

/** Narrows the untrusted answer; malformed rows are left out, the rest sorted by name. */
export function toRecipients(body: unknown): RecipientKommune[] {
  if (!Array.isArray(body))
    throw new Error(
      'the bekymringsmelding service answered with something that is not a list of kommuner',
    );
  return body
    .flatMap(kommune)
    .sort(
      (a, b) =>
        byName(a.kommunenavn, b.kommunenavn) ||
        a.kommunenummer.localeCompare(b.kommunenummer),
    );
}

export function findKommune(
  kommuner: readonly RecipientKommune[],
  kommunenummer: string,
): RecipientKommune | null {
  return kommuner.find((k) => k.kommunenummer === kommunenummer) ?? null;
}

/** The sender may pick a bydel when the kommune has real ones: more than one, or one that is not "00". */
export function hasBydelChoice(kommune: RecipientKommune | null): boolean {
  if (!kommune) return false;
  const { bydeler } = kommune;
  return (
    bydeler.length > 1 ||
    (bydeler.length === 1 && bydeler[0].bydelsnummer !== NO_BYDEL)
  );
}

/** The bydeler to choose from, by name; "00" is never one of them. */
export function bydelChoices(
  kommune: RecipientKommune | null,
): RecipientBydel[] {
  if (!hasBydelChoice(kommune) || !kommune) return [];
  return kommune.bydeler
    .filter((b) => b.bydelsnummer !== NO_BYDEL)
    .sort((a, b) =>
      byName(a.bydelsnavn || a.bydelsnummer, b.bydelsnavn || b.bydelsnummer),
    );
}
