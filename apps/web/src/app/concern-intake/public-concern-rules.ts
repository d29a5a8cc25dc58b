import { type PublicConcernReport, publicConcernReport } from '@bvr/contracts';
import type { ErrorSummaryItem } from '../ui/error-summary';
import {
  type AddressDraft,
  compact,
  EMPTY_ADDRESS,
  optionalAddress,
  optionalDigits,
  optionalText,
  requiredAddress,
  summaryItems,
} from './concern-fields';

/** «Er familien orientert om meldingen?»: "" until answered. */
export type Informed = '' | 'ja' | 'nei';

export interface PublicChildDraft {
  readonly key: number;
  readonly fnr: string;
  /** «Barnet er ikke født ennå»: then there is no fødselsnummer to give. */
  readonly ufoedt: boolean;
  readonly personnavn: string;
  readonly adresse: AddressDraft;
  readonly orientert: Informed;
  readonly telefonnummer: string;
  readonly orientertGrunn: string;
}

export interface GuardianDraft {
  readonly key: number;
  readonly personnavn: string;
  readonly orientert: Informed;
  readonly telefonnummer: string;
  readonly orientertGrunn: string;
}

/** What the form for public employees holds: the contract's fields, text as typed. */
export interface PublicDraft {
  readonly kommunenummer: string;
  readonly bydelsnummer: string;
  readonly offentligMelder: {
    readonly personnavn: string;
    readonly rolle: string;
    readonly telefonnummer: string;
    readonly epost: string;
    readonly virksomhet: {
      readonly navn: string;
      readonly orgnr: string;
      readonly adresse: AddressDraft;
    };
  };
  readonly offentligBarn: readonly PublicChildDraft[];
  readonly foresatte: readonly GuardianDraft[];
  readonly behovForTolk: boolean;
  readonly andreHjelpeinstanser: string;
  readonly melding: {
    readonly melding: string;
    readonly historie: string;
    readonly andreSynspunkter: string;
  };
  readonly kvitteringEpost: string;
}

export const MAX_GUARDIANS = 2;

export const emptyPublicChild = (key: number): PublicChildDraft => ({
  key,
  fnr: '',
  ufoedt: false,
  personnavn: '',
  adresse: EMPTY_ADDRESS,
  orientert: '',
  telefonnummer: '',
  orientertGrunn: '',
});

export const emptyGuardian = (key: number): GuardianDraft => ({
  key,
  personnavn: '',
  orientert: '',
  telefonnummer: '',
  orientertGrunn: '',
});

/** The logged-in person's name, e-mail and phone as far as the profile has them. */
export interface KnownSender {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
}

/** An empty form, with the sender's own details filled in from the profile where known. */
export function emptyPublicDraft(sender: KnownSender | null): PublicDraft {
  return {
    kommunenummer: '',
    bydelsnummer: '',
    offentligMelder: {
      personnavn: sender?.name ?? '',
      rolle: '',
      telefonnummer: sender?.phone ?? '',
      epost: sender?.email ?? '',
      virksomhet: { navn: '', orgnr: '', adresse: EMPTY_ADDRESS },
    },
    offentligBarn: [emptyPublicChild(0)],
    foresatte: [emptyGuardian(0)],
    behovForTolk: false,
    andreHjelpeinstanser: '',
    melding: { melding: '', historie: '', andreSynspunkter: '' },
    kvitteringEpost: '',
  };
}

/** The order of the form's fields, for the error summary (see `comparePaths`). */
export const PUBLIC_ORDER: readonly string[] = [
  'kommunenummer',
  'bydelsnummer',
  'offentligMelder',
  'offentligBarn',
  'foresatte',
  'melding',
  'andreHjelpeinstanser',
  'behovForTolk',
  'kvitteringEpost',
  'fnr',
  'ufoedt',
  'personnavn',
  'rolle',
  'navn',
  'orgnr',
  'adresse',
  'adresselinje1',
  'postnummer',
  'poststed',
  'telefonnummer',
  'epost',
  'virksomhet',
  'orientert',
  'orientertGrunn',
  'historie',
  'andreSynspunkter',
];

/** The answer as the contract wants it; unanswered is left out, so the schema asks for it. */
const informed = (value: Informed): 'ja' | 'nei' | undefined =>
  value === '' ? undefined : value;

/** The reason is only asked for (and only sent) when the family has not been told. */
const reasonIf = (value: Informed, reason: string): string | undefined =>
  value === 'nei' ? optionalText(reason) : undefined;

/** `POST /api/bekymringsmelding/meldinger/offentlig`: the contract's JSON, without empty optional text. */
export function publicRequest(draft: PublicDraft): PublicConcernReport {
  const melder = draft.offentligMelder;
  return compact({
    kommunenummer: draft.kommunenummer,
    bydelsnummer: optionalText(draft.bydelsnummer),
    kvitteringEpost: optionalText(draft.kvitteringEpost),
    offentligMelder: {
      personnavn: melder.personnavn.trim(),
      rolle: melder.rolle.trim(),
      telefonnummer: melder.telefonnummer.trim(),
      epost: melder.epost.trim(),
      virksomhet: {
        navn: melder.virksomhet.navn.trim(),
        orgnr: optionalDigits(melder.virksomhet.orgnr) ?? '',
        adresse: requiredAddress(melder.virksomhet.adresse),
      },
    },
    offentligBarn: draft.offentligBarn.map((child) =>
      compact({
        fnr: child.ufoedt ? undefined : optionalDigits(child.fnr),
        ufoedt: child.ufoedt,
        personnavn: optionalText(child.personnavn),
        adresse: optionalAddress(child.adresse),
        orientert: informed(child.orientert) as 'ja' | 'nei',
        telefonnummer: optionalText(child.telefonnummer),
        orientertGrunn: reasonIf(child.orientert, child.orientertGrunn),
      }),
    ),
    foresatte: draft.foresatte.map((guardian) =>
      compact({
        personnavn: guardian.personnavn.trim(),
        orientert: informed(guardian.orientert) as 'ja' | 'nei',
        telefonnummer: optionalText(guardian.telefonnummer),
        orientertGrunn: reasonIf(guardian.orientert, guardian.orientertGrunn),
      }),
    ),
    behovForTolk: draft.behovForTolk,
    andreHjelpeinstanser: optionalText(draft.andreHjelpeinstanser),
    melding: compact({
      melding: draft.melding.melding.trim(),
      historie: optionalText(draft.melding.historie),
      andreSynspunkter: optionalText(draft.melding.andreSynspunkter),
    }),
  });
}

/** What stops «Send bekymringsmelding»: the contract's own checks and messages, in form order. */
export function publicErrors(draft: PublicDraft): ErrorSummaryItem[] {
  const parsed = publicConcernReport.safeParse(publicRequest(draft));
  return parsed.success
    ? []
    : summaryItems('offentlig', parsed.error.issues, PUBLIC_ORDER);
}
