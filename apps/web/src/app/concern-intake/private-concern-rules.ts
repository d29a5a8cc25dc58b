import {
  type PrivateConcernReport,
  privateConcernReport,
} from '@bvr/contracts';
import type { ErrorSummaryItem } from '../ui/error-summary';
import {
  type AddressDraft,
  compact,
  EMPTY_ADDRESS,
  optionalAddress,
  optionalText,
  requiredAddress,
  summaryItems,
} from './concern-fields';

/** One child on the private form; `key` only tells the rows apart on screen and is never sent. */
export interface PrivateChildDraft {
  readonly key: number;
  readonly personnavn: string;
  readonly adresse: AddressDraft;
  readonly antattAlder: string;
  readonly relasjon: string;
}

/** What the private form holds: the contract's fields, all as typed text. */
export interface PrivateDraft {
  readonly kommunenummer: string;
  /** "" = «Vet ikke / la kommunen velge»: the kommune's default bydel receives it. */
  readonly bydelsnummer: string;
  readonly privatMelder: {
    readonly personnavn: string;
    readonly telefonnummer: string;
    readonly adresse: AddressDraft;
  };
  readonly privatBarn: readonly PrivateChildDraft[];
  readonly melding: string;
  readonly kvitteringEpost: string;
}

export const emptyPrivateChild = (key: number): PrivateChildDraft => ({
  key,
  personnavn: '',
  adresse: EMPTY_ADDRESS,
  antattAlder: '',
  relasjon: '',
});

export const EMPTY_PRIVATE_DRAFT: PrivateDraft = {
  kommunenummer: '',
  bydelsnummer: '',
  privatMelder: { personnavn: '', telefonnummer: '', adresse: EMPTY_ADDRESS },
  privatBarn: [emptyPrivateChild(0)],
  melding: '',
  kvitteringEpost: '',
};

/** The order of the form's fields, for the error summary (see `comparePaths`). */
export const PRIVATE_ORDER: readonly string[] = [
  'kommunenummer',
  'bydelsnummer',
  'privatMelder',
  'privatBarn',
  'melding',
  'kvitteringEpost',
  'personnavn',
  'telefonnummer',
  'adresse',
  'adresselinje1',
  'postnummer',
  'poststed',
  'antattAlder',
  'relasjon',
];

/** `POST /api/bekymringsmelding/meldinger/privat`: the contract's JSON, without empty optional text. */
export function privateRequest(draft: PrivateDraft): PrivateConcernReport {
  return compact({
    kommunenummer: draft.kommunenummer,
    bydelsnummer: optionalText(draft.bydelsnummer),
    kvitteringEpost: optionalText(draft.kvitteringEpost),
    privatMelder: compact({
      personnavn: draft.privatMelder.personnavn.trim(),
      telefonnummer: optionalText(draft.privatMelder.telefonnummer),
      adresse: optionalAddress(draft.privatMelder.adresse),
    }),
    privatBarn: draft.privatBarn.map((child) =>
      compact({
        personnavn: child.personnavn.trim(),
        adresse: requiredAddress(child.adresse),
        antattAlder: optionalText(child.antattAlder),
        relasjon: optionalText(child.relasjon),
      }),
    ),
    melding: draft.melding.trim(),
  });
}

/** What stops «Send bekymringsmelding»: the contract's own checks and messages, in form order. */
export function privateErrors(draft: PrivateDraft): ErrorSummaryItem[] {
  const parsed = privateConcernReport.safeParse(privateRequest(draft));
  return parsed.success
    ? []
    : summaryItems('privat', parsed.error.issues, PRIVATE_ORDER);
}
