import type {
  PrivateConcernMessage,
  PublicConcernMessage,
} from '../pdf-sections';

/**
 * Synthetic bekymringsmeldinger for tests (no real persons; the fødselsnummer is a synthetic test
 * number, month + 80): Bergen kommune (4601), bydel Bergenhus (02).
 */
const recipient = {
  kommunenummer: '4601',
  kommunenavn: 'Bergen',
  bydelsnummer: '02',
  bydelsnavn: 'Bergenhus',
  sendingstidspunkt: '2026-12-05T09:14:00+01:00',
} as const;

export function samplePrivateMessage(
  overrides: Partial<PrivateConcernMessage & { referanse: string }> = {},
): PrivateConcernMessage & { referanse: string } {
  return {
    referanse: 'BM-2026-000123',
    type: 'privat',
    ...recipient,
    leveringskanal: 'manuell',
    privatMelder: {
      personnavn: 'Kari Testesen',
      telefonnummer: '+47 400 00 000',
      adresse: {
        adresselinje1: 'Testgaten 1',
        postnummer: '5003',
        poststed: 'Bergen',
      },
    },
    privatBarn: [
      {
        personnavn: 'Ola Prøvesen',
        adresse: {
          adresselinje1: 'Prøvevegen 2',
          adresselinje2: 'Leilighet H0201',
          postnummer: '5004',
          poststed: 'Bergen',
        },
        antattAlder: '8 år',
        relasjon: 'Nabo',
      },
    ],
    melding:
      'Jeg er bekymret for gutten på nabotomten. Han er ofte ute alene sent på kvelden, også når det er kaldt, og ser sulten ut.\nHan har sagt at det ikke er mat hjemme.',
    ...overrides,
  };
}

export function samplePublicMessage(
  overrides: Partial<PublicConcernMessage & { referanse: string }> = {},
): PublicConcernMessage & { referanse: string } {
  return {
    referanse: 'BM-2026-000124',
    type: 'offentlig',
    ...recipient,
    leveringskanal: 'brevpost',
    offentligMelder: {
      personnavn: 'Siri Lærersen',
      rolle: 'Kontaktlærer',
      telefonnummer: '55 00 00 00',
      epost: 'siri.laerersen@testskole.example.no',
      virksomhet: {
        navn: 'Testskolen barneskole',
        orgnr: '999999999',
        adresse: {
          adresselinje1: 'Skolevegen 10',
          postnummer: '5005',
          poststed: 'Bergen',
        },
      },
    },
    offentligBarn: [
      {
        fnr: '12891850024',
        ufoedt: false,
        personnavn: 'Åse Øvreås',
        adresse: {
          adresselinje1: 'Prøvevegen 2',
          postnummer: '5004',
          poststed: 'Bergen',
        },
        orientert: 'ja',
        telefonnummer: '40000001',
      },
      {
        ufoedt: true,
        orientert: 'nei',
        orientertGrunn:
          'Mor er ikke orientert fordi det kan sette barnet i fare.',
      },
    ],
    foresatte: [
      {
        personnavn: 'Ærlige Øvreås',
        orientert: 'nei',
        telefonnummer: '40000002',
        orientertGrunn: 'Vi kom ikke i kontakt med far.',
      },
    ],
    behovForTolk: true,
    andreHjelpeinstanser: 'Helsesykepleier ved skolen',
    melding: {
      melding:
        'Eleven har hatt mye fravær dette halvåret og virker sliten og redd.',
      historie: 'Skolen har hatt to samtaler med foreldrene tidligere i år.',
      andreSynspunkter: 'Eleven har selv bedt om hjelp fra helsesykepleier.',
    },
    ...overrides,
  };
}
