import type { ReceivingUnitDetails } from '@bvr/contracts';
import type { ErrorSummaryItem } from '../ui/error-summary';

/**
 * What every receiving unit has (the kommune, or each bydel): the post address for letter post,
 * the contact KS calls on problems, and the alert e-mails. As the form holds it, then as sent.
 */
export interface UnitDetailsDraft {
  readonly navn: string;
  readonly adresselinje1: string;
  readonly adresselinje2: string;
  readonly postnummer: string;
  readonly poststed: string;
  readonly epost: string;
  readonly telefon: string;
  /** At least one row is always shown; empty rows are left out when sent. */
  readonly varselEposter: readonly string[];
}

export const EMPTY_UNIT_DETAILS: UnitDetailsDraft = {
  navn: '',
  adresselinje1: '',
  adresselinje2: '',
  postnummer: '',
  poststed: '',
  epost: '',
  telefon: '',
  varselEposter: [''],
};

export type UnitDetailsField = Exclude<keyof UnitDetailsDraft, 'varselEposter'>;
/** The three parts, one wizard step each; the bydel form shows all three. */
export type UnitDetailsPart = 'adresse' | 'kontakt' | 'varsel';

export const MAX_ALERT_EMAILS = 10;

/** Field ids: `<prefix>-<field>`, and `<prefix>-varsel-<index>` for the alert rows. */
export const unitFieldId = (prefix: string, field: UnitDetailsField): string =>
  `${prefix}-${field}`;
export const alertFieldId = (prefix: string, index: number): string =>
  `${prefix}-varsel-${index}`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ]{8,15}$/;
const POSTNUMMER = /^\d{4}$/;

export const isEmail = (value: string): boolean =>
  value.length <= 200 && EMAIL.test(value.trim());

const alertAddresses = (draft: UnitDetailsDraft): string[] =>
  draft.varselEposter.map((e) => e.trim()).filter((e) => e !== '');

/** What stops «Gå videre» (or «Opprett bydel») in one part, in the order of the fields. */
export function unitDetailsErrors(
  draft: UnitDetailsDraft,
  part: UnitDetailsPart,
  prefix: string,
): ErrorSummaryItem[] {
  const errors: ErrorSummaryItem[] = [];
  const add = (field: UnitDetailsField, message: string) =>
    errors.push({ fieldId: unitFieldId(prefix, field), message });
  switch (part) {
    case 'adresse':
      if (!draft.navn.trim())
        add('navn', 'Fyll inn navnet på mottakeren av brevpost.');
      if (!draft.adresselinje1.trim())
        add('adresselinje1', 'Fyll inn adresse.');
      if (!POSTNUMMER.test(draft.postnummer.trim()))
        add('postnummer', 'Postnummeret har fire siffer.');
      if (!draft.poststed.trim()) add('poststed', 'Fyll inn poststed.');
      break;
    case 'kontakt':
      if (!isEmail(draft.epost))
        add('epost', 'Skriv en gyldig e-postadresse for kontaktpersonen.');
      if (!PHONE.test(draft.telefon.trim()))
        add('telefon', 'Telefonnummeret må ha 8 til 15 siffer.');
      break;
    case 'varsel': {
      if (alertAddresses(draft).length > MAX_ALERT_EMAILS)
        return [
          {
            fieldId: alertFieldId(prefix, MAX_ALERT_EMAILS),
            message: `Du kan legge inn høyst ${MAX_ALERT_EMAILS} varsel-e-poster.`,
          },
        ];
      draft.varselEposter.forEach((value, index) => {
        if (value.trim() !== '' && !isEmail(value))
          errors.push({
            fieldId: alertFieldId(prefix, index),
            message: `E-postadresse ${index + 1} for varsel er ikke gyldig.`,
          });
      });
      if (alertAddresses(draft).length === 0)
        errors.push({
          fieldId: alertFieldId(prefix, 0),
          message: 'Legg inn minst én e-postadresse for varsel.',
        });
      break;
    }
  }
  return errors;
}

export function allUnitDetailsErrors(
  draft: UnitDetailsDraft,
  prefix: string,
): ErrorSummaryItem[] {
  return (['adresse', 'kontakt', 'varsel'] as const).flatMap((part) =>
    unitDetailsErrors(draft, part, prefix),
  );
}

/** The body part, trimmed; an empty adresselinje2 is left out. */
export function unitDetailsInput(
  draft: UnitDetailsDraft,
): ReceivingUnitDetails {
  const adresselinje2 = draft.adresselinje2.trim();
  return {
    mottakeradresse: {
      navn: draft.navn.trim(),
      adresselinje1: draft.adresselinje1.trim(),
      ...(adresselinje2 ? { adresselinje2 } : {}),
      postnummer: draft.postnummer.trim(),
      poststed: draft.poststed.trim(),
    },
    kontakt: { epost: draft.epost.trim(), telefon: draft.telefon.trim() },
    varselEposter: alertAddresses(draft),
  };
}

/** A server path like `mottakeradresse.postnummer` or `varselEposter.1` → the field id. */
export function unitFieldForPath(
  path: readonly (string | number)[],
  prefix: string,
): string | null {
  const [head, second] = path;
  if (head === 'mottakeradresse') {
    const field = second === undefined ? 'navn' : `${second}`;
    return [
      'navn',
      'adresselinje1',
      'adresselinje2',
      'postnummer',
      'poststed',
    ].includes(field)
      ? unitFieldId(prefix, field as UnitDetailsField)
      : unitFieldId(prefix, 'navn');
  }
  if (head === 'kontakt')
    return unitFieldId(prefix, second === 'telefon' ? 'telefon' : 'epost');
  if (head === 'varselEposter')
    return alertFieldId(
      prefix,
      typeof second === 'number' ? second : Number(second) || 0,
    );
  return null;
}
