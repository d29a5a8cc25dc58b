import { type ConcernSetupInput, isValidOrgnr } from '@bvr/contracts';
import type { ErrorSummaryItem } from '../ui/error-summary';
import { bodyDetails } from './concern-admin-rules';
import {
  EMPTY_UNIT_DETAILS,
  type UnitDetailsDraft,
  unitDetailsErrors,
  unitDetailsInput,
  unitFieldForPath,
} from './unit-details-rules';

/**
 * The set-up wizard («veiviseren») of the guide: one step per screen, in the guide's order. The
 * public key and the case system's details come only when messages go to a case system (SvarInn).
 */
export type WizardStep =
  | 'bydeler'
  | 'mottak'
  | 'nokkel'
  | 'fagsystem'
  | 'adresse'
  | 'kontakt'
  | 'varsel'
  | 'oppsummering';

export const STEP_HEADINGS: Readonly<Record<WizardStep, string>> = {
  bydeler: 'Har kommunen bydeler?',
  mottak: 'Hvordan skal bekymringsmeldinger mottas?',
  nokkel: 'Offentlig nøkkel',
  fagsystem: 'Organisasjonsnummer og fagsystemets mottak',
  adresse: 'Mottakeradresse',
  kontakt: 'Kontaktinformasjon',
  varsel: 'Varsel-e-poster',
  oppsummering: 'Du er nå klar til å ta i bruk tjenesten',
};

/** What the service found in an uploaded key (`POST …/tjeneste/sertifikat`). */
export interface CertificateInfo {
  readonly subject: string;
  readonly gyldigTil: string;
  readonly fingeravtrykk: string;
}

export interface WizardDraft {
  readonly harBydeler: boolean | null;
  readonly bydelsnavn: string;
  readonly bydelsnummer: string;
  readonly mottak: 'manuell' | 'svarinn' | null;
  /** The PEM text, read from the file or pasted. */
  readonly sertifikat: string;
  readonly sertifikatFil: string | null;
  /** Set when the service accepted exactly this `sertifikat`. */
  readonly sertifikatInfo: CertificateInfo | null;
  readonly sertifikatGodkjent: string | null;
  readonly orgnr: string;
  readonly mottaksadresse: string;
  readonly enhet: UnitDetailsDraft;
}

export const EMPTY_WIZARD: WizardDraft = {
  harBydeler: null,
  bydelsnavn: '',
  bydelsnummer: '',
  mottak: null,
  sertifikat: '',
  sertifikatFil: null,
  sertifikatInfo: null,
  sertifikatGodkjent: null,
  orgnr: '',
  mottaksadresse: '',
  enhet: EMPTY_UNIT_DETAILS,
};

/** Field ids: the error summary links to them. */
export const WIZARD_FIELDS = {
  harBydeler: 'setup-har-bydeler-ja',
  bydelsnavn: 'setup-bydelsnavn',
  bydelsnummer: 'setup-bydelsnummer',
  mottak: 'setup-mottak-manuell',
  sertifikatFil: 'setup-sertifikat-fil',
  sertifikat: 'setup-sertifikat',
  orgnr: 'setup-orgnr',
  mottaksadresse: 'setup-mottaksadresse',
} as const;
/** Prefix of the post address, contact and alert fields. */
export const UNIT_PREFIX = 'setup-enhet';

/** The steps for this draft: without SvarInn (or before choosing), no key and no case system. */
export function wizardSteps(draft: Pick<WizardDraft, 'mottak'>): WizardStep[] {
  return [
    'bydeler',
    'mottak',
    ...(draft.mottak === 'svarinn' ? (['nokkel', 'fagsystem'] as const) : []),
    'adresse',
    'kontakt',
    'varsel',
    'oppsummering',
  ];
}

/** «Steg 2 av 6». */
export function stepIndicator(
  step: WizardStep,
  draft: Pick<WizardDraft, 'mottak'>,
): string {
  const steps = wizardSteps(draft);
  return `Steg ${steps.indexOf(step) + 1} av ${steps.length}`;
}

export function nextStep(
  step: WizardStep,
  draft: Pick<WizardDraft, 'mottak'>,
): WizardStep | null {
  const steps = wizardSteps(draft);
  return steps[steps.indexOf(step) + 1] ?? null;
}

export function previousStep(
  step: WizardStep,
  draft: Pick<WizardDraft, 'mottak'>,
): WizardStep | null {
  const steps = wizardSteps(draft);
  const index = steps.indexOf(step);
  return index > 0 ? steps[index - 1] : null;
}

const BYDELSNUMMER = /^\d{2}$/;

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (
      url.protocol === 'https:' &&
      url.hostname !== '' &&
      value.trim().length <= 500
    );
  } catch {
    return false;
  }
}

/** What stops «Gå videre» on this step, in the order of its fields. */
export function stepErrors(
  step: WizardStep,
  draft: WizardDraft,
): ErrorSummaryItem[] {
  const errors: ErrorSummaryItem[] = [];
  const add = (fieldId: string, message: string) =>
    errors.push({ fieldId, message });
  switch (step) {
    case 'bydeler':
      if (draft.harBydeler === null)
        add(WIZARD_FIELDS.harBydeler, 'Velg om kommunen har bydeler.');
      if (draft.harBydeler) {
        if (!draft.bydelsnavn.trim())
          add(
            WIZARD_FIELDS.bydelsnavn,
            'Fyll inn navnet på bydelen som skal være standard mottaker.',
          );
        const nummer = draft.bydelsnummer.trim();
        if (!BYDELSNUMMER.test(nummer))
          add(WIZARD_FIELDS.bydelsnummer, 'Bydelsnummeret har to siffer.');
        else if (nummer === '00')
          add(
            WIZARD_FIELDS.bydelsnummer,
            'Bydelsnummer 00 brukes for kommuner uten bydeler.',
          );
      }
      break;
    case 'mottak':
      if (draft.mottak === null)
        add(
          WIZARD_FIELDS.mottak,
          'Velg hvordan bekymringsmeldinger skal mottas.',
        );
      break;
    case 'nokkel':
      if (!draft.sertifikat.trim())
        add(
          WIZARD_FIELDS.sertifikatFil,
          'Last opp den offentlige nøkkelen, eller lim den inn.',
        );
      else if (draft.sertifikat.length > 20_000)
        add(
          WIZARD_FIELDS.sertifikat,
          'Filen er for stor til å være en offentlig nøkkel.',
        );
      break;
    case 'fagsystem': {
      const orgnr = draft.orgnr.replace(/\s/g, '');
      if (!/^\d{9}$/.test(orgnr))
        add(WIZARD_FIELDS.orgnr, 'Organisasjonsnummeret har ni siffer.');
      else if (!isValidOrgnr(orgnr))
        add(
          WIZARD_FIELDS.orgnr,
          'Organisasjonsnummeret er ikke gyldig. Det må være det samme som er registrert i fagsystemet.',
        );
      if (!isHttpsUrl(draft.mottaksadresse))
        add(
          WIZARD_FIELDS.mottaksadresse,
          'Skriv adressen til fagsystemets mottak. Den begynner med https://',
        );
      break;
    }
    case 'adresse':
    case 'kontakt':
    case 'varsel':
      return unitDetailsErrors(draft.enhet, step, UNIT_PREFIX);
    case 'oppsummering':
      break;
  }
  return errors;
}

/** Has the service accepted the key as it now stands? Then «Gå videre» need not ask again. */
export function certificateChecked(draft: WizardDraft): boolean {
  return (
    draft.sertifikatInfo !== null &&
    draft.sertifikatGodkjent === draft.sertifikat
  );
}

/** The first step that stops «Ta i bruk tjenesten», if any (the summary sends you there). */
export function firstInvalidStep(draft: WizardDraft): WizardStep | null {
  for (const step of wizardSteps(draft)) {
    if (stepErrors(step, draft).length > 0) return step;
    if (step === 'nokkel' && !certificateChecked(draft)) return step;
  }
  return null;
}

/** `PUT /api/bekymringsmelding/kommuner/:nr/tjeneste`, for a draft without errors. */
export function setupInput(draft: WizardDraft): ConcernSetupInput {
  if (draft.harBydeler === null || draft.mottak === null)
    throw new Error('finish the wizard first');
  return {
    ...unitDetailsInput(draft.enhet),
    harBydeler: draft.harBydeler,
    ...(draft.harBydeler
      ? {
          standardBydel: {
            bydelsnummer: draft.bydelsnummer.trim(),
            bydelsnavn: draft.bydelsnavn.trim(),
          },
        }
      : {}),
    mottak: draft.mottak,
    ...(draft.mottak === 'svarinn'
      ? {
          svarinn: {
            sertifikat: draft.sertifikat,
            orgnr: draft.orgnr.replace(/\s/g, ''),
            mottaksadresse: draft.mottaksadresse.trim(),
          },
        }
      : {}),
  };
}

/** A server path of the set-up input → the step and field it concerns. */
export function fieldForSetupPath(
  path: ReadonlyArray<string | number>,
): { step: WizardStep; fieldId: string } | null {
  const [head, second] = path;
  if (head === 'harBydeler')
    return { step: 'bydeler', fieldId: WIZARD_FIELDS.harBydeler };
  if (head === 'standardBydel')
    return {
      step: 'bydeler',
      fieldId:
        second === 'bydelsnavn'
          ? WIZARD_FIELDS.bydelsnavn
          : WIZARD_FIELDS.bydelsnummer,
    };
  if (head === 'mottak')
    return { step: 'mottak', fieldId: WIZARD_FIELDS.mottak };
  if (head === 'svarinn') {
    if (second === 'sertifikat')
      return { step: 'nokkel', fieldId: WIZARD_FIELDS.sertifikat };
    if (second === 'mottaksadresse')
      return { step: 'fagsystem', fieldId: WIZARD_FIELDS.mottaksadresse };
    return { step: 'fagsystem', fieldId: WIZARD_FIELDS.orgnr };
  }
  const fieldId = unitFieldForPath(path, UNIT_PREFIX);
  if (!fieldId) return null;
  const step: WizardStep =
    head === 'mottakeradresse'
      ? 'adresse'
      : head === 'kontakt'
        ? 'kontakt'
        : 'varsel';
  return { step, fieldId };
}

/** «Manuelt via …» / «Til fagsystem …», as the summary repeats them. */
export const MOTTAK_LABELS: Readonly<Record<'manuell' | 'svarinn', string>> = {
  manuell: 'Manuelt via vår tjeneste «Motta bekymringsmeldinger»',
  svarinn: 'Til fagsystem som støtter SvarInn',
};

/** Names the datalist offers for the default bydel; choosing one fills in its number. */
export function bydelByName(
  bydeler: ReadonlyArray<{
    readonly bydelsnummer: string;
    readonly name: string;
  }>,
  name: string,
): { bydelsnummer: string; name: string } | null {
  const wanted = name.trim().toLocaleLowerCase('nb');
  return bydeler.find((b) => b.name.toLocaleLowerCase('nb') === wanted) ?? null;
}

/** A 400's details as errors of the step the first of them concerns (and only that step's). */
export function setupServerErrors(body: unknown): {
  step: WizardStep | null;
  errors: ErrorSummaryItem[];
} {
  const located = bodyDetails(body).flatMap(({ path, message }) => {
    const at = fieldForSetupPath(path);
    return at ? [{ ...at, message }] : [];
  });
  const step = located[0]?.step ?? null;
  const seen = new Set<string>();
  const errors = located.flatMap(({ step: at, fieldId, message }) => {
    if (at !== step || seen.has(fieldId)) return [];
    seen.add(fieldId);
    return [{ fieldId, message }];
  });
  return { step, errors };
}
