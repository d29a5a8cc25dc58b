import * as z from 'zod';

/**
 * A report of concern (bekymringsmelding) as the sender fills it in: the public data model, version 2
 * (KS' Fiks bekymringsmelding). Field names are the model's own (Norwegian), since case systems read
 * the JSON; the glossary in the README translates them.
 */

const required = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `Fyll inn ${label}.`)
    .max(max, `${capitalise(label)} kan ha høyst ${max} tegn.`);
const optional = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${capitalise(label)} kan ha høyst ${max} tegn.`)
    .optional();

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The most text a message may hold in all, so that one report cannot fill the store. */
export const MAX_MESSAGE_CHARS = 20_000;

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ]{8,15}$/, 'Telefonnummeret må ha 8 til 15 siffer.');

export const concernAddress = z.object({
  adresselinje1: required(200, 'adresse'),
  adresselinje2: optional(200, 'adresselinje 2'),
  adresselinje3: optional(200, 'adresselinje 3'),
  postnummer: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'Postnummeret har fire siffer.')
    .optional(),
  poststed: optional(100, 'poststed'),
});
export type ConcernAddress = z.infer<typeof concernAddress>;

/** Where it goes: the sender picks the kommune, and the bydel where the kommune has them. */
const recipient = {
  kommunenummer: z
    .string()
    .regex(/^\d{4}$/, 'Velg kommunen meldingen skal sendes til.'),
  /** Left out: the kommune's default bydel (standardMottaker) receives it. */
  bydelsnummer: z
    .string()
    .regex(/^\d{2}$/, 'Et bydelsnummer har to siffer.')
    .optional(),
  /** Where the confirmation e-mail goes; not part of the message, kept only sealed until the e-mail is queued. */
  kvitteringEpost: z
    .email('Skriv en gyldig e-postadresse.')
    .max(200)
    .optional(),
};

export const privateConcernReport = z.object({
  ...recipient,
  privatMelder: z.object({
    personnavn: required(200, 'navnet ditt'),
    telefonnummer: phone.optional(),
    adresse: concernAddress.optional(),
  }),
  privatBarn: z
    .array(
      z.object({
        personnavn: required(200, 'navnet til barnet'),
        adresse: concernAddress,
        antattAlder: optional(50, 'antatt alder'),
        relasjon: optional(200, 'relasjon til barnet'),
      }),
    )
    .min(1, 'Legg til minst ett barn.')
    .max(10, 'Du kan legge til høyst 10 barn i én melding.'),
  melding: required(MAX_MESSAGE_CHARS, 'hva du er bekymret for'),
});
export type PrivateConcernReport = z.infer<typeof privateConcernReport>;

const informed = z.enum(['ja', 'nei'], 'Svar på om familien er orientert.');

export const publicConcernReport = z.object({
  ...recipient,
  offentligMelder: z.object({
    personnavn: required(200, 'navnet ditt'),
    rolle: required(200, 'rollen din'),
    telefonnummer: phone,
    epost: z.email('Skriv en gyldig e-postadresse.').max(200),
    virksomhet: z.object({
      navn: required(200, 'navnet på virksomheten'),
      orgnr: z
        .string()
        .regex(/^\d{9}$/, 'Organisasjonsnummeret har ni siffer.'),
      adresse: concernAddress,
    }),
  }),
  offentligBarn: z
    .array(
      z.object({
        fnr: z
          .string()
          .regex(/^\d{11}$/, 'Fødselsnummeret har elleve siffer.')
          .optional(),
        ufoedt: z.boolean().default(false),
        personnavn: optional(200, 'navnet til barnet'),
        adresse: concernAddress.optional(),
        orientert: informed,
        telefonnummer: phone.optional(),
        orientertGrunn: optional(2000, 'grunnen'),
      }),
    )
    .min(1, 'Legg til minst ett barn.')
    .max(10, 'Du kan legge til høyst 10 barn i én melding.'),
  foresatte: z
    .array(
      z.object({
        personnavn: required(200, 'navnet til den foresatte'),
        orientert: informed,
        telefonnummer: phone.optional(),
        orientertGrunn: optional(2000, 'grunnen'),
      }),
    )
    .min(1, 'Legg til minst én foresatt.')
    .max(2, 'Et barn har høyst to foresatte i meldingen.'),
  behovForTolk: z.boolean().default(false),
  andreHjelpeinstanser: optional(2000, 'andre hjelpeinstanser'),
  melding: z.object({
    melding: required(MAX_MESSAGE_CHARS, 'hva du er bekymret for'),
    historie: optional(MAX_MESSAGE_CHARS, 'historikken'),
    andreSynspunkter: optional(MAX_MESSAGE_CHARS, 'andre synspunkter'),
  }),
});
export type PublicConcernReport = z.infer<typeof publicConcernReport>;

export type ConcernReportKind = 'privat' | 'offentlig';

/** How a message reached, or will reach, the kommune. */
export type DeliveryChannel = 'manuell' | 'svarinn' | 'brevpost';

/**
 * The stored message (encrypted): what the sender wrote plus where it went and when, as the model's
 * JSON for a case system. The confirmation address is not in it.
 */
export type ConcernMessage = {
  kommunenummer: string;
  kommunenavn: string;
  bydelsnummer: string;
  bydelsnavn: string;
  /** Norwegian local time, ISO 8601 with offset. */
  sendingstidspunkt: string;
  leveringskanal: DeliveryChannel;
} & (
  | ({ type: 'privat' } & Omit<
      PrivateConcernReport,
      'kommunenummer' | 'bydelsnummer' | 'kvitteringEpost'
    >)
  | ({ type: 'offentlig' } & Omit<
      PublicConcernReport,
      'kommunenummer' | 'bydelsnummer' | 'kvitteringEpost'
    >)
);

/** Status of one message, as in Fiks: AKSEPTERT → SENDT_FAGSYSTEM → (AVVIST_FAGSYSTEM → SENDT_PRINT | AVVIST_PRINT) → LEVERT. */
export const CONCERN_STATUSES = [
  'AKSEPTERT',
  'SENDT_FAGSYSTEM',
  'AVVIST_FAGSYSTEM',
  'SENDT_PRINT',
  'AVVIST_PRINT',
  'LEVERT',
] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];
