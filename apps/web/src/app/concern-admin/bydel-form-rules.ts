import type { BydelInput } from '@bvr/contracts';
import type { ErrorSummaryItem } from '../ui/error-summary';
import {
  allUnitDetailsErrors,
  EMPTY_UNIT_DETAILS,
  type UnitDetailsDraft,
  unitDetailsInput,
  unitFieldForPath,
} from './unit-details-rules';

/** «Opprett bydel»: name and number, then the same details as the wizard's steps 4–6. */
export interface BydelDraft {
  readonly bydelsnavn: string;
  readonly bydelsnummer: string;
  readonly enhet: UnitDetailsDraft;
}

export const EMPTY_BYDEL: BydelDraft = {
  bydelsnavn: '',
  bydelsnummer: '',
  enhet: EMPTY_UNIT_DETAILS,
};

export const BYDEL_FIELDS = {
  bydelsnavn: 'bydel-bydelsnavn',
  bydelsnummer: 'bydel-bydelsnummer',
} as const;
export const BYDEL_UNIT_PREFIX = 'bydel-enhet';

/** What stops «Opprett bydel»; a number the kommune already has is refused here already. */
export function bydelErrors(
  draft: BydelDraft,
  existing: readonly string[],
): ErrorSummaryItem[] {
  const errors: ErrorSummaryItem[] = [];
  if (!draft.bydelsnavn.trim())
    errors.push({
      fieldId: BYDEL_FIELDS.bydelsnavn,
      message: 'Fyll inn navnet på bydelen.',
    });
  const nummer = draft.bydelsnummer.trim();
  const message = !/^\d{2}$/.test(nummer)
    ? 'Bydelsnummeret har to siffer.'
    : nummer === '00'
      ? 'Bydelsnummer 00 brukes for kommuner uten bydeler.'
      : existing.includes(nummer)
        ? `Kommunen har allerede en bydel med nummer ${nummer}.`
        : null;
  if (message) errors.push({ fieldId: BYDEL_FIELDS.bydelsnummer, message });
  return [...errors, ...allUnitDetailsErrors(draft.enhet, BYDEL_UNIT_PREFIX)];
}

/** `POST /api/bekymringsmelding/kommuner/:nr/bydeler`, for a draft without errors. */
export function bydelRequest(draft: BydelDraft): BydelInput {
  return {
    ...unitDetailsInput(draft.enhet),
    bydelsnavn: draft.bydelsnavn.trim(),
    bydelsnummer: draft.bydelsnummer.trim(),
  };
}

/** A server path of the bydel input → its field id. */
export function fieldForBydelPath(
  path: ReadonlyArray<string | number>,
): string | null {
  if (path[0] === 'bydelsnavn') return BYDEL_FIELDS.bydelsnavn;
  if (path[0] === 'bydelsnummer') return BYDEL_FIELDS.bydelsnummer;
  return unitFieldForPath(path, BYDEL_UNIT_PREFIX);
}
