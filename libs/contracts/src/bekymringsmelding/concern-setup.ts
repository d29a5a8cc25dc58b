import * as z from 'zod';
import { concernAddress } from './concern-report';

/**
 * A kommune's set-up of the bekymringsmelding service, as the wizard ("veiviseren") collects it.
 * A kommune without bydeler has one bydel "00"; with bydeler exactly one is the default recipient.
 */

export const BYDEL_NUMBER = /^\d{2}$/;

/** Norwegian organisation numbers end in a modulus-11 check digit (weights 3 2 7 6 5 4 3 2). */
export function isValidOrgnr(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === Number(value[8]);
}

export const orgnrSchema = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'Organisasjonsnummeret har ni siffer.')
  .refine(isValidOrgnr, {
    message:
      'Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk at det er det samme som er registrert i fagsystemet.',
  });

const emailList = z
  .array(z.email('Skriv gyldige e-postadresser.').max(200))
  .min(1, 'Legg inn minst én e-postadresse for varsel.')
  .max(10, 'Du kan legge inn høyst 10 varsel-e-poster.');

/** What every receiving unit (the kommune itself, or each bydel) has: post address, contact, alerts. */
export const receivingUnitDetails = z.object({
  /** Where letter post goes when the message is not confirmed in time. */
  mottakeradresse: concernAddress.extend({
    navn: z
      .string()
      .trim()
      .min(1, 'Fyll inn navnet på mottakeren av brevpost.')
      .max(200),
    postnummer: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'Postnummeret har fire siffer.'),
    poststed: z.string().trim().min(1, 'Fyll inn poststed.').max(100),
  }),
  kontakt: z.object({
    epost: z
      .email('Skriv en gyldig e-postadresse for kontaktpersonen.')
      .max(200),
    telefon: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ]{8,15}$/, 'Telefonnummeret må ha 8 til 15 siffer.'),
  }),
  varselEposter: emailList,
});
export type ReceivingUnitDetails = z.infer<typeof receivingUnitDetails>;

export const bydelInput = receivingUnitDetails.extend({
  bydelsnummer: z
    .string()
    .regex(BYDEL_NUMBER, 'Bydelsnummeret har to siffer.')
    .refine(
      (n) => n !== '00',
      'Bydelsnummer 00 brukes for kommuner uten bydeler.',
    ),
  bydelsnavn: z.string().trim().min(1, 'Fyll inn navnet på bydelen.').max(200),
});
export type BydelInput = z.infer<typeof bydelInput>;

export const svarInnSetup = z.object({
  /** The case system's public key: an X.509 certificate in PEM. Validated by the service. */
  sertifikat: z
    .string()
    .min(1, 'Last opp den offentlige nøkkelen.')
    .max(20_000, 'Filen er for stor til å være en offentlig nøkkel.'),
  orgnr: orgnrSchema,
  /** Where deliveries are sent (the SvarInn adapter of the case system). */
  mottaksadresse: z
    .url('Skriv adressen til fagsystemets mottak, som https://…')
    .max(500),
});
export type SvarInnSetup = z.infer<typeof svarInnSetup>;

/**
 * The wizard's result, submitted by «Ta i bruk tjenesten». The post address, contact and alert
 * addresses are those of the default bydel (or of the kommune, bydel "00", when it has none); more
 * bydeler are added afterwards with «Opprett bydel».
 */
export const concernSetupInput = receivingUnitDetails
  .extend({
    harBydeler: z.boolean(),
    /** The bydel that receives messages when the sender does not choose; required with bydeler. */
    standardBydel: z
      .object({
        bydelsnummer: bydelInput.shape.bydelsnummer,
        bydelsnavn: bydelInput.shape.bydelsnavn,
      })
      .optional(),
    mottak: z.enum(
      ['manuell', 'svarinn'],
      'Velg hvordan bekymringsmeldinger skal mottas.',
    ),
    svarinn: svarInnSetup.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.harBydeler && !input.standardBydel)
      ctx.addIssue({
        code: 'custom',
        path: ['standardBydel'],
        message:
          'Skriv inn navn og nummer på bydelen som skal være standard mottaker.',
      });
    if (input.mottak === 'svarinn' && !input.svarinn)
      ctx.addIssue({
        code: 'custom',
        path: ['svarinn'],
        message:
          'Last opp offentlig nøkkel og skriv inn organisasjonsnummeret til fagsystemet.',
      });
  });
export type ConcernSetupInput = z.infer<typeof concernSetupInput>;

/** A kommune's service as its admins see it («Tilganger», bydeler, default bydel). */
export interface ConcernServiceView {
  kommunenummer: string;
  kommunenavn: string;
  mottak: 'manuell' | 'svarinn';
  harBydeler: boolean;
  svarinn: {
    orgnr: string;
    mottaksadresse: string;
    sertifikat: { subject: string; gyldigTil: string; fingeravtrykk: string };
  } | null;
  bydeler: Array<
    ReceivingUnitDetails & {
      bydelsnummer: string;
      bydelsnavn: string;
      standardMottaker: boolean;
    }
  >;
  takenIntoUseAt: string;
}

/** Shown once, after «Ta i bruk tjenesten» in SvarInn mode: what goes into the case system. */
export interface SvarInnIntegrationDetails {
  integrasjonsId: string;
  /** Sent as a bearer token with every delivery, so the case system knows it is us. */
  integrasjonsPassord: string;
}

/** A kommune (or bydel) a sender may choose on the public form. */
export interface ConcernRecipientOption {
  kommunenummer: string;
  kommunenavn: string;
  bydeler: Array<{
    bydelsnummer: string;
    bydelsnavn: string;
    standardMottaker: boolean;
  }>;
}
